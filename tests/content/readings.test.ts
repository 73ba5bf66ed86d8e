/**
 * The normalized reading is what its name promises: simplified characters,
 * no inline pinyin, no encoding debris, no web chrome, full-width punctuation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { renderedCorpus } from '../support/corpus.ts';
import { readingClass } from '../../src/edition/reading.ts';

const corpus = await renderedCorpus();

/** Text of the normalized reading, without notes and carets (and without text it marks unresolved, `resolved`). */
function normalizedText(html: string, resolved = false): string {
  const tree = fromHtml(html, { fragment: true });
  let out = '';
  const skip: string[] = [readingClass.printed, readingClass.note, readingClass.caret, readingClass.permalink, readingClass.block, ...(resolved ? [readingClass.unclear] : [])];
  const walk = (node: Root | Element, inside: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text' && inside) out += child.value;
      if (child.type !== 'element') continue;
      const classes = (child.properties.className as string[] | undefined) ?? [];
      if (classes.some((name) => skip.includes(name))) continue;
      walk(child, inside || classes.includes(readingClass.normalized));
    }
    if (node.type === 'element' && ['p', 'h1', 'h2', 'h3'].includes(node.tagName)) out += '\n';
  };
  walk(tree, false);
  return out;
}

const texts = new Map(corpus.map((entry) => [entry.slug, normalizedText(entry.rendered.html)]));

test('Wenyan’s normalized reading has no Traditional-only characters', () => {
  const text = texts.get('wenyan')!;
  for (const traditional of '聞蕭區機發現設實驗進態勢領導經濟濟體億萬與為會長資環衛兒讓農產業學')
    assert.ok(!text.includes(traditional), `normalized Wenyan still contains ${traditional}`);
  assert.match(text, /闻堰抢抓“萧滨一体化”机遇/);
});

test('Wenyan’s normalized reading has no parenthesised pinyin', () => {
  assert.doesNotMatch(texts.get('wenyan')!, /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/u);
});

test('no encoding debris and no ASCII punctuation between Han characters in any normalized reading', () => {
  for (const [slug, text] of texts) {
    assert.doesNotMatch(text, /\?!|[∵こ偣肊]/u, `${slug}: encoding debris`);
    assert.doesNotMatch(text, /\p{Script=Han}[,;:!?]|[,;:!?]\p{Script=Han}/u, `${slug}: ASCII punctuation in Chinese text`);
    assert.doesNotMatch(text, /"/, `${slug}: straight double quote`);
  }
});

test('Suoqian’s normalized reading has no web chrome', () => {
  const text = texts.get('suoqian')!;
  for (const chrome of ['所前网 > 综合新闻', '更新时间', '内容来源', '编辑:朱莹莹', '\n图片\n']) assert.ok(!text.includes(chrome), `still shows ${chrome}`);
});

test('Jingjiang’s known OCR misreadings are corrected', () => {
  const text = texts.get('jingjiang')!;
  for (const [wrong, right] of [
    ['深人', '深入'],
    ['人选', '入选'],
    ['现代官居', '现代宜居'],
    ['人镇口', '入镇口'],
    ['迎瓜运', '迎亚运'],
  ]) {
    assert.ok(!text.includes(wrong!), `still reads ${wrong}`);
    assert.ok(text.includes(right!), `does not read ${right}`);
  }
  // The garbled run stays, but only as unresolved text (tests/content/source-problems.test.ts).
  assert.ok(text.includes('克建敏体'));
  assert.ok(!normalizedText(corpus.find((entry) => entry.slug === 'jingjiang')!.rendered.html, true).includes('克建敏体'));
});

test('Jingjiang’s broken sentences are whole again', () => {
  const text = texts.get('jingjiang')!;
  assert.match(text, /试点企业；积极探索/);
  assert.match(text, /全域“清零行动”；推进/);
  assert.match(text, /三星级食品安全镇街”；东桥/);
});

test('Gutang’s metadata block is not part of the normalized text', () => {
  assert.ok(!texts.get('gutang')!.includes('索引号'));
});
