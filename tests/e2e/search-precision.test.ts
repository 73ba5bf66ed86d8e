/**
 * Search precision on the five reports, against a ground truth computed here
 * from the published exports (dist/data/reports/<slug>.json, the `english`
 * and `normalized` texts of every section and paragraph), independently of
 * the search's own code: each query must list exactly the paragraphs that
 * contain it, count each paragraph once, mark whole words only, and list
 * phrase matches first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import * as OpenCC from 'opencc-js';
import { expect, test, uiPattern } from './fixtures.ts';

type Lang = 'zh' | 'en';

interface Unit {
  /** slug#anchor */
  key: string;
  slug: string;
  english: string;
  normalized: string;
}

interface ExportBlock {
  id: string;
  kind: string;
  english?: string;
  normalized?: string;
}

const units: Unit[] = readdirSync('dist/data/reports')
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => {
    const { slug, blocks } = JSON.parse(readFileSync(`dist/data/reports/${file}`, 'utf8')) as { slug: string; blocks: ExportBlock[] };
    return blocks
      .filter((block) => block.kind === 'section' || block.kind === 'paragraph')
      .map((block) => ({ key: `${slug}#${block.id}`, slug, english: block.english ?? '', normalized: block.normalized ?? '' }));
  });

/** A word as the ground truth takes it: the word itself or a regular inflection (-s, -es, -ies, -ed, -ing). */
function inflectedWord(word: string): string {
  const forms = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`]);
  if (word.endsWith('e')) for (const form of [`${word}d`, `${word.slice(0, -1)}ing`]) forms.add(form);
  if (/[^aeiou]y$/.test(word)) for (const form of [`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`]) forms.add(form);
  return `(?:${[...forms].join('|')})`;
}

/** The English words side by side, a space or a hyphen between, whole, any case. */
function phrase(words: string[]): RegExp {
  return new RegExp(`(?<![A-Za-z0-9])${words.map(inflectedWord).join('(?:\\s+|\\s*-\\s*)')}(?![A-Za-z0-9])`, 'i');
}

const wordsOf = (query: string) => query.replace(/"/g, '').toLowerCase().split(/\s+/);

/** Paragraphs (slug#anchor) whose English has the query's words as a phrase. */
const englishTruth = (query: string) => new Set(units.filter((unit) => phrase(wordsOf(query)).test(unit.english)).map((unit) => unit.key));

/** Paragraphs whose normalized Chinese holds the term (Traditional converted with OpenCC first). */
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toSimplified = (text: string) => OpenCC.Converter({ from: 'hk', to: 'cn' })(fromTaiwan(text));
const chineseTruth = (term: string) => new Set(units.filter((unit) => unit.normalized.includes(toSimplified(term))).map((unit) => unit.key));

interface Listed {
  status: string;
  /** slug#anchor of each result, in the page's order. */
  results: string[];
  sections: string[];
  marks: { mark: string; before: string; after: string }[];
  requests: string[];
}

/** Runs a query, shows every result (all reports, every paragraph of each) and reads the page. */
async function listAll(page: Page, query: string, lang: Lang = 'en'): Promise<Listed> {
  const requests: string[] = [];
  const onRequest = (request: Request) => requests.push(new URL(request.url()).pathname);
  page.on('request', onRequest);
  const status = page.locator('#search-status');
  if (new URL(page.url()).pathname === `/${lang}/search/`) {
    // Another query on the same page, as a reader types it (the index stays loaded).
    const box = page.getByRole('main').getByRole('searchbox');
    await box.fill(query);
    await box.press('Enter');
  } else await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  await expect(status).toHaveAttribute('data-state', 'done');
  while (await page.locator('.search-more').isVisible()) {
    await page.locator('.search-more').click();
    await expect(status).toHaveAttribute('data-state', 'done');
  }
  for (const more of await page.locator('.report-more').all()) while (await more.isVisible()) await more.click();
  return {
    status: await status.innerText(),
    results: await page.locator('.result .result-link').evaluateAll((links) =>
      links.map((link) => {
        const url = new URL((link as HTMLAnchorElement).href);
        return `${url.pathname.split('/').at(-2)}#${url.hash.slice(1)}`;
      }),
    ),
    sections: await page.locator('#search-results section').evaluateAll((sections) => sections.map((section) => section.id)),
    marks: await page
      .locator('.result-excerpt mark')
      .evaluateAll((marks) =>
        marks.map((mark) => ({ mark: mark.textContent!, before: mark.previousSibling?.textContent?.slice(-1) ?? '', after: mark.nextSibling?.textContent?.slice(0, 1) ?? '' })),
      ),
    requests: (page.off('request', onRequest), requests),
  };
}

const acceptance = ['future community', '"future community"', 'digital economy', 'river chief', 'elderly care', 'waste sorting', 'common prosperity', 'Asian Games'];

for (const query of acceptance)
  test(`${query}: exactly the paragraphs with the phrase, each counted once`, async ({ page }) => {
    const truth = englishTruth(query);
    expect(truth.size, 'the ground truth is not empty').toBeGreaterThan(0);
    const listed = await listAll(page, query);
    expect(new Set(listed.results)).toEqual(truth);
    expect(listed.results, 'no paragraph listed twice').toHaveLength(truth.size);
    const reports = new Set([...truth].map((key) => key.split('#')[0]));
    expect(listed.status).toMatch(uiPattern('en', 'search.summary', { n: truth.size, towns: reports.size }));
    // Marks are whole phrases: the query's words side by side, nothing glued to them.
    for (const { mark, before, after } of listed.marks) {
      expect(mark).toMatch(new RegExp(`^${phrase(wordsOf(query)).source}$`, 'i'));
      expect(`${before}${after}`, `nothing of a word around “${mark}”`).not.toMatch(/[A-Za-z0-9]/);
    }
  });

test('marks are whole words: "elderly care" and "care" mark no part of "career"', async ({ page }) => {
  for (const [query, word] of [
    ['elderly care', /^elderly[\s-]+care$/i],
    ['care', /^car(?:e|es|ed|ing)$/i],
  ] as const) {
    const { marks } = await listAll(page, query);
    expect(marks.length, query).toBeGreaterThan(0);
    expect(
      marks.filter(({ mark, before, after }) => !word.test(mark) || /[A-Za-z]/.test(before + after)).map(({ mark, before, after }) => `${before}[${mark}]${after}`),
      `${query}: every mark is the query, whole`,
    ).toEqual([]);
  }
});

test('words typed apart: every word in each paragraph, those with the words side by side first', async ({ page }) => {
  // "urban management": side by side in some reports, apart in others; not a glossary term.
  const words = ['urban', 'management'];
  const all = units.filter((unit) => words.every((word) => phrase([word]).test(unit.english)));
  const together = new Set(all.filter((unit) => phrase(words).test(unit.english)).map((unit) => unit.key));
  expect(together.size).toBeGreaterThan(0);
  expect(all.length).toBeGreaterThan(together.size);
  const { results } = await listAll(page, words.join(' '));
  expect(new Set(results)).toEqual(new Set(all.map((unit) => unit.key)));
  // Reports with the phrase before those without it; in a report, the phrase's paragraphs first.
  const reportHasPhrase = (key: string) => [...together].some((other) => other.split('#')[0] === key.split('#')[0]);
  const reportOrder = results.map(reportHasPhrase);
  expect(reportOrder, 'reports with the phrase first').toEqual([...reportOrder].sort((a, b) => Number(b) - Number(a)));
  for (const slug of new Set(results.map((key) => key.split('#')[0]))) {
    const inReport = results.filter((key) => key.startsWith(`${slug}#`)).map((key) => together.has(key));
    expect(inReport, `${slug}: the phrase's paragraphs first`).toEqual([...inReport].sort((a, b) => Number(b) - Number(a)));
  }
});

test('a prefix Pagefind falls back to is not a result', async ({ page }) => {
  // Pagefind answers "vacination" with the paragraphs of a word it has that begins alike ("V.").
  const listed = await listAll(page, 'vacination');
  expect(listed.results).toEqual([]);
  expect(listed.status).toMatch(uiPattern('en', 'search.none', { q: 'vacination' }));
});

test('a token mixing Han characters and digits is one term; no English index for it', async ({ page }) => {
  const listed = await listAll(page, '15.3亿元', 'zh');
  const truth = chineseTruth('15.3亿元');
  expect(truth.size).toBe(1);
  expect(new Set(listed.results)).toEqual(truth);
  expect(listed.status).toMatch(uiPattern('zh', 'search.summary', { n: 1, towns: 1 }));
  expect(
    listed.requests.filter((path) => path.startsWith('/pagefind/en/')),
    'the English bundle is not loaded',
  ).toEqual([]);
});

test('a paragraph found in both languages counts once, in one section per report', async ({ page }) => {
  const truth = new Set(units.filter((unit) => unit.english.includes('PM2.5') || unit.normalized.includes('PM2.5')).map((unit) => unit.key));
  const listed = await listAll(page, 'PM2.5');
  expect(new Set(listed.results)).toEqual(truth);
  expect(listed.results.length, 'found in Chinese and in English').toBeGreaterThan(truth.size);
  expect(listed.status).toMatch(uiPattern('en', 'search.summary', { n: truth.size, towns: new Set([...truth].map((key) => key.split('#')[0])).size }));
  expect(listed.sections).toEqual([...new Set(listed.sections)]);
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.filter((id, place) => ids.indexOf(id) !== place)).toEqual([]);
});

// The review's twenty Chinese queries (simplified and Traditional, one to seven characters): still exact.
const chinese = [
  '共同富裕',
  '垃圾分类',
  '垃圾分類',
  '居家养老',
  '數字經濟',
  '未来社区',
  '未來社區',
  '亚运会',
  '亞運',
  '疫苗接种',
  '河长制',
  '网格',
  '产城融合',
  '美丽乡村',
  '新时代文明实践',
  '乡村振兴',
  '鄉村振興',
  '闻堰',
  '萧山',
  '堰',
];

test('Chinese queries list exactly the paragraphs with the term, quoted or not', async ({ page }) => {
  test.setTimeout(180_000);
  for (const query of [...chinese, '“乡村振兴”']) {
    const truth = chineseTruth(query.replace(/[“”]/g, ''));
    expect(truth.size, query).toBeGreaterThan(0);
    const listed = await listAll(page, query, 'zh');
    expect(new Set(listed.results), query).toEqual(truth);
    expect(listed.status, query).toMatch(uiPattern('zh', 'search.summary', { n: truth.size }));
  }
});
