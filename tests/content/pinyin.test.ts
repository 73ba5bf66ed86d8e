/**
 * Wenyan's printed pinyin, audited: every annotation of the source is checked against pinyin-pro's reading
 * of its word in context, every disagreement is either flagged as wrong in the Markdown (a :pinyin mark
 * giving the right reading) or accepted with a reason in content/pinyin-audit.yaml, and each flag reaches
 * the reader in both readings without changing what was printed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { polyphonic } from 'pinyin-pro';
import { acceptance, loadAccepted, printedAnnotations, sameReading, verdict } from '../../scripts/lib/pinyin-audit.ts';
import { isPinyinSyllable, pinyinAnnotation } from '../../src/edition/ruby.ts';
import { readingClass } from '../../src/edition/reading.ts';
import { renderedCorpus } from '../support/corpus.ts';

const corpus = await renderedCorpus();
const wenyan = corpus.find((entry) => entry.slug === 'wenyan')!;
const source = readFileSync(`sources/${(wenyan.data.source as { file: string }).file}`, 'utf8');
const annotations = printedAnnotations(wenyan.markdown);
const accepted = loadAccepted();
const flagged = annotations.filter((annotation) => annotation.flag);
const where = (annotation: (typeof annotations)[number]) => `line ${annotation.line}, ${annotation.character}(${annotation.printed}) in ${annotation.context}`;

test('the audit reads every pinyin annotation the source prints', () => {
  const printed = [...source.matchAll(pinyinAnnotation)].map((match) => match[1]);
  assert.ok(printed.length > 500, `${printed.length} annotations in the source`);
  assert.deepEqual(
    annotations.map((annotation) => annotation.printed),
    printed,
  );
});

test('every disagreement with pinyin-pro is flagged in the text or accepted with a reason', () => {
  const unreviewed = annotations.filter((annotation) => verdict(annotation, accepted) === 'unreviewed');
  assert.deepEqual(unreviewed.map(where), [], 'flag each with :pinyin[…]{read="…" why="pinyin" note="…"} or accept it in content/pinyin-audit.yaml');
});

test('every accepted disagreement is still one: no entry of content/pinyin-audit.yaml is stale', () => {
  for (const entry of accepted) {
    const matches = annotations.filter((annotation) => !annotation.flag && !sameReading(annotation.printed, annotation.expected) && acceptance(annotation, [entry]));
    assert.ok(matches.length > 0, `${entry.character}(${entry.printed}) in ${entry.context} matches no disagreement`);
  }
});

test('every flagged annotation gives a right reading in valid pinyin, one the character has, explained in its note', () => {
  assert.ok(flagged.length > 0);
  for (const annotation of flagged) {
    const { read, note } = annotation.flag!;
    assert.ok(isPinyinSyllable(read), `${where(annotation)}: read="${read}" is not a toned pinyin syllable`);
    assert.ok(!sameReading(read, annotation.printed), `${where(annotation)}: the right reading is the printed one`);
    const readings = polyphonic(annotation.simplified, { toneType: 'symbol' })[0]!.split(' ');
    assert.ok(readings.includes(read), `${where(annotation)}: ${annotation.simplified} has no reading ${read} (pinyin-pro knows ${readings.join(', ')})`);
    assert.ok(note.includes(read), `${where(annotation)}: the note does not give the reading ${read}`);
  }
});

test('each flag shows the ruby as printed, and its note with the right reading, in both readings', () => {
  const tree = fromHtml(wenyan.rendered.html, { fragment: true });
  const printed = selectAll(`.${readingClass.printed} .ed-pinyin`, tree);
  const normalized = selectAll(`.${readingClass.normalized} .ed-pinyin`, tree);
  assert.equal(printed.length, flagged.length);
  assert.equal(normalized.length, flagged.length);
  flagged.forEach((annotation, index) => {
    const { read } = annotation.flag!;
    const [ruby] = selectAll('ruby', printed[index]!);
    assert.equal(toText(selectAll('rt', ruby!)[0]!), annotation.printed, `${where(annotation)}: the ruby shows the printed pinyin`);
    for (const mark of [printed[index]!, normalized[index]!]) {
      const [note] = selectAll(`.${readingClass.note}`, mark);
      assert.equal(mark.properties.ariaDescribedBy?.toString(), note?.properties.id, `${where(annotation)}: the mark is described by its note`);
      assert.ok(toText(note!).includes(read), `${where(annotation)}: the note names ${read}`);
    }
  });
  // The entry in the editorial notes: printed as it was, with the right reading.
  const entries = wenyan.rendered.editorial.filter((entry) => entry.kind === 'pinyin');
  assert.deepEqual(
    entries.map((entry) => [entry.sic, entry.reading]),
    flagged.map((annotation) => [`${annotation.character}(${annotation.printed})`, annotation.flag!.read]),
  );
});
