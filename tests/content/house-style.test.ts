/**
 * The translators' style sheet (content/pages/<lang>/style.md), its mechanical rules on
 * every translation: the English speaks of the town in the third person outside quoted
 * speech; the translator's notes and the revision history may say “we” for the editors but
 * never “I”; the published English (headings, paragraphs, notes, the changes listed in each
 * revision) has curly quotation marks and apostrophes only, and so does the English Markdown
 * itself, outside its frontmatter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import matter from '../../src/lib/frontmatter.ts';
import { renderedCorpus } from '../support/corpus.ts';
import { firstPerson, outsideQuotes, straightQuotes } from '../support/house-style.ts';

const corpus = await renderedCorpus();

for (const entry of corpus) {
  const translation = entry.translation!;
  const notes = translation.data.translatorNotes as string[];
  const changes = ((translation.data.revisions ?? []) as { revision: number; changes: string[] }[]).flatMap((entry) =>
    entry.changes.map((change, index) => ({ where: `revision ${entry.revision}, change ${index + 1}`, text: change })),
  );

  test(`${entry.slug}: the English is in the third person outside quoted speech`, () => {
    const found = translation.rendered.anchors
      .map((anchor) => ({ id: anchor.id, words: firstPerson(anchor.text), text: anchor.text.slice(0, 80) }))
      .filter((anchor) => anchor.words.length > 0);
    assert.deepEqual(found, []);
  });

  test(`${entry.slug}: the translator’s notes and the revision history speak as the editors, never as “I”`, () => {
    const found = [
      ...notes.map((note, index) => ({ where: `note ${index + 1}`, words: firstPerson(note, { editorsWe: true }) })),
      ...changes.map((change) => ({ where: change.where, words: firstPerson(change.text, { editorsWe: true }) })),
    ].filter((place) => place.words.length > 0);
    assert.deepEqual(found, []);
  });

  test(`${entry.slug}: the published English, its notes and its revision history have curly quotes only`, () => {
    const found = [
      ...translation.rendered.anchors.map((anchor) => ({ where: `#${anchor.id}`, quotes: straightQuotes(anchor.text) })),
      ...notes.map((note, index) => ({ where: `note ${index + 1}`, quotes: straightQuotes(note) })),
      ...changes.map((change) => ({ where: change.where, quotes: straightQuotes(change.text) })),
    ].filter((place) => place.quotes.length > 0);
    assert.deepEqual(found, []);
  });

  test(`${entry.slug}: the English Markdown has no straight quotes outside its frontmatter`, () => {
    const { body } = matter(readFileSync(translation.path, 'utf8'));
    const found = body
      .split('\n')
      .map((line, index) => ({ line: index + 1, quotes: straightQuotes(line) }))
      .filter((line) => line.quotes.length > 0);
    assert.deepEqual(found, []);
  });
}

test('the voice check finds the first person and spares quoted speech, Roman numerals and the US', () => {
  assert.deepEqual(firstPerson('We will build 3 parks and deepen our reform; it helps us.'), ['We', 'our', 'us']);
  assert.deepEqual(firstPerson('“We draw up lists,” said the director; the subdistrict will act.'), []);
  assert.deepEqual(firstPerson('the campaign “I do practical things for the masses” goes on'), []);
  assert.deepEqual(firstPerson('I. Faster development first: 3 million US dollars'), []);
  assert.deepEqual(firstPerson('Then I will report to my office.'), ['I', 'my']);
  assert.deepEqual(firstPerson('We render it “Three Services”.', { editorsWe: true }), []);
  assert.deepEqual(firstPerson('I render it “Three Services”.', { editorsWe: true }), ['I']);
  assert.equal(outsideQuotes('a “quoted ‘inner’ phrase” ends'), 'a   ends');
});

test('the quotation check finds straight quotes and apostrophes, and passes curly ones', () => {
  assert.equal(straightQuotes('the "Three Services" and the town\'s plan').length, 3);
  assert.deepEqual(straightQuotes('the “Three Services” and the town’s plan'), []);
});

test('the style sheet is published in both languages, section for section', () => {
  const headings = (lang: string) => {
    const { data, body } = matter(readFileSync(`content/pages/${lang}/style.md`, 'utf8'));
    assert.equal(data.lang, lang);
    return body.split('\n').filter((line) => line.startsWith('## ')).length;
  };
  assert.ok(headings('en') >= 6, 'the English style sheet has its sections');
  assert.equal(headings('zh'), headings('en'));
});
