/**
 * Pinyin queries and “Did you mean”, in the built five reports: a toneless
 * pinyin query finds the Chinese term's paragraphs and says what it searched
 * for; a misspelling finds nothing, says so and offers the word it resembles.
 * The ground truth comes from the published exports (dist/data/reports/*.json),
 * not from the search's code.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, slugs, test, ui, uiPattern } from './fixtures.ts';

interface ExportedBlock {
  id: string;
  kind: 'section' | 'paragraph' | 'block';
  normalized?: string;
  english?: string;
}

/** The headings and paragraphs (slug#anchor) whose text passes `test`, in Chinese or in English. */
function truth(field: 'normalized' | 'english', matches: (text: string) => boolean): string[] {
  return slugs
    .flatMap((slug) => {
      const { blocks } = JSON.parse(readFileSync(`dist/data/reports/${slug}.json`, 'utf8')) as { blocks: ExportedBlock[] };
      return blocks.filter((block) => block.kind !== 'block' && matches(block[field] ?? '')).map((block) => `${slug}#${block.id}`);
    })
    .sort();
}

interface Listed {
  status: string;
  /** Every listed paragraph as language:slug#anchor, all “more” buttons followed. */
  results: string[];
}

/** Waits for the search to finish, then shows every result (the “more” buttons) and reads them. */
async function listed(page: Page): Promise<Listed> {
  const status = page.locator('#search-status');
  await expect(status).toHaveAttribute('data-state', 'done');
  for (;;) {
    const more = page.locator('.search-more:visible, .report-more:visible').first();
    if (!(await more.count())) break;
    await more.click();
    await expect(status).toHaveAttribute('data-state', 'done');
  }
  const results = await page.locator('.result a.result-link').evaluateAll((links) =>
    links.map((link) => {
      // /<lang>/reports/<slug>/#<anchor>
      const url = new URL((link as HTMLAnchorElement).href);
      const [, lang, slug] = /\/(zh|en)\/reports\/([^/]+)\/$/.exec(url.pathname) ?? [];
      return `${lang}:${slug}${url.hash}`;
    }),
  );
  return { status: await status.innerText(), results: results.sort() };
}

async function search(page: Page, query: string, lang: 'zh' | 'en' = 'en'): Promise<Listed> {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  return listed(page);
}

const chinese = (results: string[]) => results.filter((result) => result.startsWith('zh:')).map((result) => result.slice(3));

test('a toneless pinyin query, with or without spaces, lists the paragraphs of the Chinese term and says so', async ({ page }) => {
  const expected = truth('normalized', (text) => text.includes('共同富裕'));
  expect(expected.length, 'the five reports use 共同富裕').toBeGreaterThan(0);
  const asTyped = await search(page, '共同富裕', 'zh');
  expect(chinese(asTyped.results)).toEqual(expected);
  for (const query of ['gongtong fuyu', 'gongtongfuyu', 'Gongtong Fuyu']) {
    for (const lang of ['en', 'zh'] as const) {
      const { status, results } = await search(page, query, lang);
      expect(results, `${query} (${lang}) lists the 共同富裕 paragraphs and nothing else`).toEqual(asTyped.results);
      expect(status).toContain(ui(lang, 'search.pinyin', { term: '共同富裕', pinyin: 'gòngtóng fùyù' }));
    }
  }
  // The result links land where those of 共同富裕 do.
  await search(page, 'gongtong fuyu', 'zh');
  const href = await page.locator('.result a.result-link').first().getAttribute('href');
  await search(page, '共同富裕', 'zh');
  expect(await page.locator('.result a.result-link').first().getAttribute('href')).toBe(href);
});

test('a place name in pinyin finds its Chinese paragraphs', async ({ page }) => {
  const xiaoshan = await search(page, 'xiaoshan');
  expect(chinese(xiaoshan.results)).toEqual(truth('normalized', (text) => text.includes('萧山')));
  expect(xiaoshan.status).toContain(ui('en', 'search.pinyin', { term: '萧山', pinyin: 'Xiāoshān' }));
  // The English paragraphs that name Xiaoshan are found as before.
  expect(xiaoshan.results.filter((result) => result.startsWith('en:')).length).toBeGreaterThan(0);
  const suoqian = await search(page, 'suoqian', 'zh');
  expect(chinese(suoqian.results)).toEqual(truth('normalized', (text) => text.includes('所前')));
  expect(suoqian.status).toContain(ui('zh', 'search.pinyin', { term: '所前', pinyin: 'Suǒqián' }));
});

// vacination: Pagefind answers it with a prefix (“V.”) that the English paragraph filter drops (whole words only).
for (const [typo, word] of [
  ['prosparity', 'prosperity'],
  ['vacination', 'vaccination'],
] as const) {
  test(`“${typo}” finds nothing, says so and offers “${word}”, whose link lists its paragraphs`, async ({ page }) => {
    for (const lang of ['en', 'zh'] as const) {
      const { status, results } = await search(page, typo, lang);
      expect(results).toEqual([]);
      expect(status).toMatch(uiPattern(lang, 'search.none', { q: typo }));
      const suggestion = page.locator('#search-status a.search-suggestion');
      await expect(suggestion).toHaveText([word]);
      await expect(page.locator('#search-status')).toContainText(ui(lang, 'search.suggest', { words: word }));
      // Only the page's own elements: the echoed query and the suggestion are text in <bdi>.
      expect(await page.locator('#search-status *').evaluateAll((nodes) => [...new Set(nodes.map((node) => node.localName))].sort())).toEqual(['a', 'bdi']);
      await suggestion.click();
      await expect(page.getByRole('main').getByRole('searchbox', { name: ui(lang, 'search.label') })).toHaveValue(word);
      expect(new URL(page.url()).searchParams.get('q')).toBe(word);
      const followed = await listed(page);
      const direct = await search(page, word, lang);
      expect(followed.results).toEqual(direct.results);
      const paragraphs = truth('english', (text) => new RegExp(`\\b${word}s?\\b`, 'i').test(text));
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const paragraph of paragraphs) expect(followed.results, paragraph).toContain(`en:${paragraph}`);
    }
  });
}

test('hostile queries that contain a misspelling or a reading inject nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const query of ['<img src=x onerror=alert(1)>vacination', 'gongtong\u202efuyu<script>alert(1)</script>', '"><svg onload=alert(1)>']) {
    await search(page, query);
    expect(await page.locator('#search-status img, #search-status script, #search-status svg, #search-results img').count()).toBe(0);
  }
  expect(dialogs).toEqual([]);
});
