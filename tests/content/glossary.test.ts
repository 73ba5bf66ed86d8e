/**
 * The glossary: valid, large enough, and every term really occurs — in the
 * normalized Chinese and, under its English forms, in the translations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { englishSource, loadGlossary, parseGlossary } from '../../src/lib/glossary.ts';
import { termCounts, termHighlighter } from '../../src/lib/concordance.ts';
import { renderedCorpus } from '../support/corpus.ts';

const terms = loadGlossary();
const corpus = await renderedCorpus();
const chinese = corpus.flatMap((entry) => entry.rendered.anchors.map((anchor) => anchor.text)).join('\n');
const english = corpus.flatMap((entry) => entry.translation?.rendered.anchors.map((anchor) => anchor.text) ?? []).join('\n').toLowerCase();

test('the glossary has at least 85 terms, each saying where its English comes from', () => {
  assert.ok(terms.length >= 85, `${terms.length} terms`);
  for (const term of terms) assert.match(term.enSource, term.official ? /^official: \S/ : /^edition: \S/, term.id);
});

test('an entry shows where its English comes from as a label and the account, without the field’s prefix', () => {
  for (const term of terms) {
    const { kind, account } = englishSource(term);
    assert.equal(kind, term.official ? 'official' : 'edition', term.id);
    assert.ok(account.length > 0 && !/^(official|edition):/.test(account), term.id);
  }
});

for (const term of terms) {
  test(`${term.id}: ${term.zh} occurs in the normalized text, and its English in the translations`, () => {
    for (const form of [term.zh, ...term.variants]) assert.ok(chinese.includes(form), `${form} does not occur`);
    for (const form of term.enForms) assert.ok(english.includes(form.toLowerCase()), `“${form}” does not occur in the translations`);
  });
}

test('the compare view highlights in every paragraph the concordance lists as many occurrences as it counts', () => {
  const highlighters = new Map(terms.map((term) => [term.id, termHighlighter(terms, term.id)]));
  let paragraphs = 0;
  for (const entry of corpus) {
    const texts = new Map(entry.rendered.anchors.map((anchor) => [anchor.id, anchor.text]));
    for (const [id, counted] of Object.entries(termCounts(entry.rendered.anchors, terms)))
      for (const [anchor, count] of counted) {
        const hits = highlighters.get(id)!(texts.get(anchor)!).filter((part) => part.hit);
        assert.equal(hits.length, count, `${entry.slug}#${anchor}: ${id}`);
        paragraphs++;
      }
  }
  assert.ok(paragraphs > 100, `${paragraphs} paragraphs`);
});

test('a malformed glossary is refused with the term and field named', () => {
  const text = readFileSync('content/glossary/terms.yaml', 'utf8').replace(/category: \w+/, 'category: gossip');
  assert.throws(() => parseGlossary(text, 'terms.yaml'), /terms\.yaml: term 1 \([a-z-]+\), field "category"/);
  assert.throws(() => parseGlossary('- id: a\n  related: [b]\n', 'terms.yaml'), /field/);
  // An official rendering names its source as official, and the edition's own says why it was chosen.
  const first = text.replace('category: gossip', 'category: programme');
  assert.throws(() => parseGlossary(first.replace(/enSource: "edition: /, 'enSource: "because: '), 'terms.yaml'), /term 1 \([a-z-]+\), field "enSource"/);
  assert.throws(() => parseGlossary(first.replace(/official: false/, 'official: true'), 'terms.yaml'), /term 1 \([a-z-]+\), field "enSource": an official rendering/);
});

/** Polyphones read by hand where pinyin-pro's default reading is wrong in these terms. */
const handChecked: Record<string, string> = { 长: 'zhǎng' };

test('pinyin agrees with pinyin-pro, except hand-checked polyphones (and 一 in its citation tone)', async () => {
  const { pinyin } = await import('pinyin-pro');
  for (const term of terms) {
    const syllables = pinyin(term.zh, { toneType: 'symbol', type: 'array' }).map((syllable, index) => {
      const char = term.zh[index]!;
      if (char === '一') return 'yī';
      return handChecked[char] ?? syllable;
    });
    assert.equal(term.pinyin.replace(/[ '’·-]/g, '').toLowerCase(), syllables.join(''), `${term.id}: ${term.pinyin}`);
  }
});
