/**
 * The search page's pinyin table and vocabulary for this edition (the endpoints search/pinyin/<letter>.json
 * and search/vocabulary.json): the glossary, the reports' metadata and the translations' text, read a
 * report at a time.
 */
import { loadReportIndex } from './reports.ts';
import { readRendering } from './rendering.ts';
import { pinyinTable, placeNames } from './pinyin-table.ts';
import { vocabularyCounter } from './search-vocabulary.ts';
import { loadGlossary } from '../lib/glossary.ts';
import type { PinyinTableFile } from '../lib/search-pinyin.ts';
import type { VocabularyFile } from '../lib/search-suggest.ts';

let table: Promise<PinyinTableFile> | undefined;

/** The table, built once per build (its 26 parts are 26 pages); under `astro dev` again on every request. */
export function editionPinyinTable(): Promise<PinyinTableFile> {
  const build = async () =>
    pinyinTable(
      loadGlossary(),
      (await loadReportIndex()).flatMap((report) => placeNames(report.meta)),
    );
  if (import.meta.env.DEV) return build();
  return (table ??= build());
}

export async function editionVocabulary(): Promise<VocabularyFile> {
  const counter = vocabularyCounter(loadGlossary());
  for (const report of await loadReportIndex()) {
    const translation = report.entries.translation;
    if (!translation) continue;
    // The headings and paragraphs, as the index has them (search-records.ts); blocks hold removed material.
    for (const anchor of (await readRendering(translation)).anchors) if (anchor.kind !== 'block') counter.add(anchor.text);
  }
  // The glossary's readings; the places are in the English already, as the translations spell them.
  return counter.file(pinyinTable(loadGlossary(), []));
}
