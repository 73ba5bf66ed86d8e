/**
 * The searches the benchmark times at every size, each from a first visit: a
 * term nearly every report has, a place name only its own town's few reports
 * have (taken from the generated corpus), and an English phrase.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from '../../src/lib/frontmatter.ts';

export const searchScenarioNames = ['common', 'rare', 'english'] as const;
export type SearchScenarioName = (typeof searchScenarioNames)[number];

export interface SearchScenario {
  language: 'zh' | 'en';
  query: string;
  /** For the rare term: the generated reports whose Chinese text has it. */
  reports?: number;
}

/** At most this many reports have the rare term: a generated town reports about three times. */
export const rareReports = 3;

/**
 * The rare term of a generated corpus (`content`, as scripts/generate-corpus.ts writes it): the town name
 * (without 街道 or 镇) of the middle report, or of the next report whose town name is in the text of 1 to
 * `rareReports` reports (a random two-character name can be a common word, such as 平安). The text is the
 * Chinese reports' Markdown body, which the index holds; the name in the titles is not indexed.
 */
export function rareTerm(content: string): { query: string; reports: number } {
  const files = readdirSync(join(content, 'reports', 'zh'))
    .filter((name) => name.endsWith('.md'))
    .sort();
  const reports = files.map((name) => matter(readFileSync(join(content, 'reports', 'zh', name), 'utf8')));
  const townName = (data: Record<string, unknown>) => {
    const { town, level } = data as { town: { zh: string }; level: string };
    return town.zh.endsWith(level) ? town.zh.slice(0, -level.length) : town.zh;
  };
  const counted = new Map<string, number>();
  const reportsWith = (name: string) => counted.get(name) ?? counted.set(name, reports.filter((report) => report.body.includes(name)).length).get(name)!;
  const middle = Math.floor(files.length / 2);
  for (let step = 0; step < files.length; step++) {
    const name = townName(reports[(middle + step) % files.length]!.data);
    const found = reportsWith(name);
    if (found >= 1 && found <= rareReports) return { query: name, reports: found };
  }
  throw new Error(`${content}: no town name is in the text of 1 to ${rareReports} reports`);
}

/** The three searches for a generated corpus. */
export function searchScenarios(content: string): Record<SearchScenarioName, SearchScenario> {
  return {
    common: { language: 'zh', query: '垃圾分类' },
    rare: { language: 'zh', ...rareTerm(content) },
    english: { language: 'en', query: 'future community' },
  };
}
