/** The URL and language layer: src/lib/routes.ts, formatPlace, and how messages are filled. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as routes from '../../src/lib/routes.ts';
import { formatPlace } from '../../src/lib/format.ts';
import { fillMessage } from '../../src/i18n/template.ts';
import { messagesOf } from '../../src/client/search/messages.ts';
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };

test('outside Vite the edition is at the root, and every shape is as published', () => {
  assert.equal(routes.base, '/');
  assert.equal(routes.pageUrl('zh'), '/zh/');
  assert.equal(routes.pageUrl('en', 'concordance'), '/en/glossary/concordance/');
  assert.equal(routes.reportUrl('zh', 'wenyan'), '/zh/reports/wenyan/');
  assert.equal(routes.reportUrl('en', 'wenyan', 's2-p3'), '/en/reports/wenyan/#s2-p3');
  assert.equal(routes.citeUrl('zh', 'gutang'), '/zh/reports/gutang/cite/');
  assert.equal(routes.citeUrl('zh', 'gutang', 's1-p1'), '/zh/reports/gutang/cite/#cite-s1-p1');
  assert.equal(routes.glossaryUrl('en'), '/en/glossary/');
  assert.equal(routes.glossaryUrl('en', 'common-prosperity'), '/en/glossary/#common-prosperity');
  assert.equal(routes.compareUrl('zh', 'common-prosperity'), '/zh/glossary/common-prosperity/');
  assert.equal(routes.browseUrl('en', 'hangzhou'), '/en/browse/hangzhou/');
  assert.equal(routes.searchUrl('zh'), '/zh/search/');
  assert.equal(routes.searchUrl('zh', '共同富裕 & more'), `/zh/search/?q=${encodeURIComponent('共同富裕 & more')}`);
  assert.equal(routes.dataUrl('anchors.json'), '/data/anchors.json');
  assert.equal(routes.reportDataUrl('taoyan', 'en.md'), '/data/reports/taoyan.en.md');
  assert.equal(routes.citeDataUrl('en', 'taoyan'), '/data/cite/en/taoyan.json');
  assert.equal(routes.sourceUrl('SHA256SUMS'), '/sources/SHA256SUMS');
  assert.equal(routes.cardUrl(), '/og.png');
  assert.equal(routes.cardUrl('suoqian'), '/og/suoqian.png');
  assert.equal(routes.withBase('/sw.js'), '/sw.js');
});

test('under a sub-path every address starts with the base, with or without its final slash', () => {
  for (const given of ['/town-reports/', '/town-reports']) {
    const sub = routes.routesFor(given);
    assert.equal(sub.base, '/town-reports/');
    assert.equal(sub.pageUrl('en'), '/town-reports/en/');
    assert.equal(sub.reportUrl('zh', 'gutang', 's2'), '/town-reports/zh/reports/gutang/#s2');
    assert.equal(sub.withBase('pagefind/zh/0/'), '/town-reports/pagefind/zh/0/');
  }
});

test('a report page or its citation page is recognised by its path, under any base', () => {
  const sub = routes.routesFor('/town-reports/');
  assert.equal(routes.reportOfPath(routes.reportUrl('zh', 'wenyan')), 'wenyan');
  assert.equal(routes.reportOfPath(sub.citeUrl('en', 'jingjiang')), 'jingjiang');
  assert.equal(routes.reportOfPath(routes.pageUrl('en', 'glossary')), undefined);
  assert.equal(routes.reportOfPath(routes.compareUrl('zh', 'reports')), undefined);
});

test('a place is written one way per language: largest first in Chinese, smallest first in English', () => {
  const meta = {
    province: { zh: '浙江省', en: 'Zhejiang' },
    city: { zh: '杭州市', en: 'Hangzhou' },
    district: { zh: '萧山区', en: 'Xiaoshan District' },
  };
  assert.equal(formatPlace(meta, 'zh'), '杭州市萧山区');
  assert.equal(formatPlace(meta, 'en'), 'Xiaoshan District, Hangzhou');
  assert.equal(formatPlace(meta, 'zh', { province: true }), '浙江省杭州市萧山区');
  assert.equal(formatPlace(meta, 'en', { province: true }), 'Xiaoshan District, Hangzhou, Zhejiang');
});

test("the search page's say() fills messages as t() does: a missing value stays visible", () => {
  assert.equal(fillMessage('{n} of {total}', 'k', { n: 2 }), '2 of {total}');
  assert.equal(fillMessage(undefined, 'search.none'), 'search.none');
  for (const messages of [zh, en]) {
    const say = messagesOf(JSON.stringify(messages));
    assert.equal(say('search.summary', { q: '亚运', n: 3, towns: 2 }), fillMessage(messages['search.summary'], 'search.summary', { q: '亚运', n: 3, towns: 2 }));
    assert.equal(say('search.none'), messages['search.none']);
  }
});

test('the base path is known in one module: no other code in src/ reads BASE_URL or builds a URL on the base', () => {
  const code = (file: string) => readFileSync(join('src', file), 'utf8').replace(/^\s*(\*|\/\/).*$/gm, '');
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|astro|mjs)$/.test(file) && file !== join('lib', 'routes.ts'));
  assert.deepEqual(
    files.filter((file) => /import\.meta\.env\??\.BASE_URL|\$\{base\}|\bbasePath\.replace/.test(code(file))),
    [],
  );
});
