/**
 * The termbase check (scripts/lib/term-check.ts, the logic of npm run
 * check:terms) on small fixtures (tests/fixtures/terms/): a translation that
 * uses each term's English passes; one that writes “more than 50” for 50以上
 * fails with the file, the paragraph id, the term and the English found; an
 * exception in the translation's frontmatter lets it pass and is listed with
 * its reason; an exception without a reason, for an unknown term or
 * paragraph, or one no longer needed, is a problem.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkTerms, englishFormPattern, excerpt, termReports, type TermCheckResult, type TermProblemKind, type TermReport } from '../../scripts/lib/term-check.ts';
import { parseGlossary } from '../../src/lib/glossary.ts';

const fixtures = 'tests/fixtures/terms';
const terms = parseGlossary(readFileSync(`${fixtures}/glossary.yaml`, 'utf8'), `${fixtures}/glossary.yaml`);
const [good] = await termReports(`${fixtures}/good`);
const [broken] = await termReports(`${fixtures}/broken`);
const [excepted] = await termReports(`${fixtures}/excepted`);

const messages = (result: TermCheckResult) => result.problems.map((problem) => problem.message).join('\n') || '(none)';
function only(result: TermCheckResult, kind: TermProblemKind) {
  assert.equal(result.problems.length, 1, messages(result));
  assert.equal(result.problems[0]!.kind, kind, messages(result));
  return result.problems[0]!;
}
const withExceptions = (report: TermReport, termExceptions: unknown): TermReport => ({ ...report, data: { ...report.data, termExceptions } });

test('a translation that uses every term’s English passes, headings included', () => {
  const result = checkTerms([good!], terms);
  assert.deepEqual(result.problems, [], messages(result));
  // 共同富裕 in the title, 未来社区 + 以上 + 共富 in s1-p1, 以上 in s1-p2.
  assert.equal(result.checked, 5);
});

test('“more than 50” for 50以上 fails, naming the file, the paragraph, the term, its English and the English found', () => {
  const problem = only(checkTerms([broken!], terms), 'missing');
  assert.equal(problem.file, `${fixtures}/broken/reports/en/town.md`);
  assert.equal(problem.paragraph, 's1-p2');
  assert.equal(problem.term, 'or-more');
  assert.equal(problem.message, `${fixtures}/broken/reports/en/town.md s1-p2: 以上 (or-more) expects “or more” / “at least”; English: “The town has more than 50 enterprises.”`);
});

test('an exception written in the translation’s frontmatter, with its reason, is honoured and listed', () => {
  const result = checkTerms([excepted!], terms);
  assert.deepEqual(result.problems, [], messages(result));
  assert.deepEqual(result.excepted, [
    { paragraph: 's1-p2', term: 'or-more', reason: 'A fixture: the source is known to count strictly more than 50 here.', file: `${fixtures}/excepted/reports/en/town.md` },
  ]);
});

test('an exception without a reason is refused, and the term is still checked', () => {
  const result = checkTerms([withExceptions(broken!, [{ paragraph: 's1-p2', term: 'or-more' }])], terms);
  const kinds = result.problems.map((problem) => problem.kind).sort();
  assert.deepEqual(kinds, ['malformed-exception', 'missing'], messages(result));
  assert.match(messages(result), /termExceptions\[0\] \(s1-p2\), field "reason"/);
  // A reason of a word or two says nothing either.
  assert.match(messages(checkTerms([withExceptions(broken!, [{ paragraph: 's1-p2', term: 'or-more', reason: 'style' }])], terms)), /field "reason"/);
});

test('an exception for an unknown term or paragraph is refused', () => {
  const reason = 'No such term exists in the glossary.';
  const unknownTerm = only(checkTerms([withExceptions(good!, [{ paragraph: 's1-p2', term: 'no-such-term', reason }])], terms), 'unknown-term');
  assert.match(unknownTerm.message, /town\.md s1-p2: exception for “no-such-term”, which is no glossary term/);
  only(checkTerms([withExceptions(good!, [{ paragraph: 's9-p9', term: 'or-more', reason }])], terms), 'unknown-paragraph');
  only(checkTerms([withExceptions(good!, [{ paragraph: 'paragraph two', term: 'or-more', reason }])], terms), 'malformed-exception');
});

test('an exception that is no longer needed is reported: the English uses the term, or the Chinese does not', () => {
  const reason = 'Was needed before the English was revised.';
  const used = only(checkTerms([withExceptions(good!, [{ paragraph: 's1-p2', term: 'or-more', reason }])], terms), 'exception-unneeded');
  assert.match(used.message, /s1-p2: 以上 \(or-more\): the exception is no longer needed, the English uses/);
  const absent = only(checkTerms([withExceptions(good!, [{ paragraph: 's1-p2', term: 'future-community', reason }])], terms), 'exception-unneeded');
  assert.match(absent.message, /the Chinese paragraph does not use the term/);
});

test('English forms match whole words in any case, inflected, with a space or a hyphen between words', () => {
  const matches = (form: string, text: string) => englishFormPattern(form).test(text);
  assert.ok(matches('future community', 'two Future Communities'));
  assert.ok(matches('the title of', 'won the titles of'));
  assert.ok(matches('designate', 'it was designated'));
  assert.ok(matches('municipal', 'a municipal-level base'));
  assert.ok(matches('city level', 'a city-level base'));
  assert.ok(matches('People’s Congress', "the People's Congress"));
  assert.ok(!matches('or more', 'more than 50'));
  assert.ok(!matches('grid', 'the gridiron'));
  assert.ok(!matches('routine', 'a subroutine'));
});

test('the excerpt is the English around where the term stands in the Chinese, cut at words', () => {
  const english = `${'a '.repeat(100)}MIDDLE ${'z '.repeat(100)}`;
  const found = excerpt(english, '一二三四五六七八九十', 5, 40);
  assert.match(found, /^….*MIDDLE.*…$/);
  assert.ok(found.length < 60, found);
  assert.equal(excerpt('Short.', '短', 0), 'Short.');
});
