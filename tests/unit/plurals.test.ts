/** English interface messages agree with their numbers: “1 report”, never “1 reports”. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { fillMessage, messageParts } from '../../src/i18n/template.ts';

const messages = { zh: zh as Record<string, string>, en: en as Record<string, string> };
const t = (lang: 'zh' | 'en', key: string, values: Record<string, string | number>) => fillMessage(messages[lang][key], key, values);

test('a count of one takes the singular, any other count the plural', () => {
  assert.equal(t('en', 'search.summary', { q: 'PM2.5', n: 1, towns: 1 }), '“PM2.5”: 1 paragraph in 1 report.');
  assert.equal(t('en', 'search.summary', { q: 'grid', n: 8, towns: 5 }), '“grid”: 8 paragraphs in 5 reports.');
  assert.equal(t('en', 'browse.count', { n: 1 }), '1 report');
  assert.equal(t('en', 'compare.more', { n: 1 }), '1 more report uses the term.');
  assert.equal(t('en', 'compare.more', { n: 0 }), '0 more reports use the term.');
  assert.equal(t('zh', 'browse.count', { n: 1 }), fillMessage(messages.zh['browse.count'], 'browse.count', { n: 1 }));
});

test('a plural word without its number stays as written, so a missing value shows', () => {
  assert.equal(fillMessage('{n} {n|town|towns}', 'k'), '{n} {n|town|towns}');
});

test('in pieces, the plural word is the message’s own text and only the number is a value', () => {
  const parts = messageParts(messages.en['search.summary'], 'search.summary', { q: 'x', n: 1, towns: 2 });
  assert.equal(parts.map((part) => part.text).join(''), '“x”: 1 paragraph in 2 reports.');
  assert.deepEqual(
    parts.filter((part) => part.name).map((part) => part.name),
    ['q', 'n', 'towns'],
  );
});

test('no English message puts a bare count before a plural noun', () => {
  // “{n} reports” reads “1 reports” when n is 1; such a noun takes forms: “{n} {n|report|reports}”.
  const bare = Object.entries(messages.en).filter(([, text]) => /\{\w+\} (?:more )?[a-z]+s\b/.test(text));
  assert.deepEqual(bare, []);
});
