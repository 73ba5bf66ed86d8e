/**
 * The termbase, enforced (npm run check:terms): for every glossary term that
 * occurs in a Chinese paragraph or heading (its normalized reading, any of the
 * term's forms, matched as the concordance matches them: longest form first,
 * src/lib/glossary-forms.ts), the aligned English paragraph (same anchor id)
 * must contain one of the term's English forms (`enForms`; any case, a word
 * may be inflected: community → communities, designate → designated).
 *
 * A deliberate departure is written in the translation's frontmatter, next to
 * its other notes, with the paragraph, the term and the reason:
 *
 *   termExceptions:
 *     - { paragraph: s3-p2, term: at-least, reason: "…" }
 *
 * (validated by termExceptionSchema in src/lib/schema.ts). An exception with no
 * reason, for an unknown term or paragraph, for a term the Chinese paragraph
 * does not use, or for a paragraph whose English now uses the term's English,
 * is a problem too: an exception is never silent and never left behind.
 */
import { chineseForms, formsPattern } from '../../src/lib/glossary-forms.ts';
import type { Term } from '../../src/lib/glossary.ts';
import { termExceptionSchema, type TermException } from '../../src/lib/schema.ts';
import { phraseSource, phraseWords } from '../../src/lib/term-match.ts';
import { loadCorpus } from './corpus.ts';

interface TextAnchor {
  id: string;
  kind: string;
  text: string;
}

/** One report as the check reads it: the Chinese and English anchors and the translation's frontmatter. */
export interface TermReport {
  slug: string;
  /** The English Markdown file, named in every problem. */
  file: string;
  zh: TextAnchor[];
  en: TextAnchor[];
  /** The translation's frontmatter (its termExceptions are read from here and validated). */
  data: Record<string, unknown>;
}

export type TermProblemKind = 'missing' | 'malformed-exception' | 'unknown-term' | 'unknown-paragraph' | 'exception-unneeded';

export interface TermProblem {
  kind: TermProblemKind;
  file: string;
  paragraph?: string;
  term?: string;
  message: string;
}

export interface TermCheckResult {
  problems: TermProblem[];
  /** Paragraph–term pairs checked (a term occurring in a Chinese paragraph with an aligned English one). */
  checked: number;
  /** The exceptions honoured, with their reasons. */
  excepted: (TermException & { file: string })[];
}

/**
 * An English form as a pattern: whole words, any case, each word in its regular inflections, a space,
 * hyphen or dash between words (city-level, city level), either apostrophe. The search's own rule
 * (src/lib/term-match.ts), so that a term is in the English exactly where a search would find it.
 */
export function englishFormPattern(form: string): RegExp {
  return new RegExp(phraseSource(phraseWords(form)), 'iu');
}

/** The English text around where the term stands in the Chinese (the same share of the way in), about 100 characters. */
export function excerpt(english: string, chinese: string, index: number, width = 100): string {
  if (english.length <= width) return english;
  const centre = Math.round((index / Math.max(chinese.length, 1)) * english.length);
  let start = Math.max(0, Math.min(centre - width / 2, english.length - width));
  let end = start + width;
  // Whole words at both ends.
  while (start > 0 && /\S/.test(english[start - 1]!)) start--;
  while (end < english.length && /\S/.test(english[end]!)) end++;
  return `${start > 0 ? '…' : ''}${english.slice(start, end).trim()}${end < english.length ? '…' : ''}`;
}

const quoted = (text: string) => `“${text}”`;

/** Checks the reports against the terms; see the module comment. */
export function checkTerms(reports: TermReport[], terms: Term[]): TermCheckResult {
  const byId = new Map(terms.map((term) => [term.id, term]));
  const forms = chineseForms(terms);
  const owner = new Map(forms);
  const pattern = formsPattern(forms);
  const english = new Map(terms.map((term) => [term.id, term.enForms.map(englishFormPattern)]));
  const usesEnglish = (id: string, text: string) => english.get(id)!.some((form) => form.test(text));

  const problems: TermProblem[] = [];
  const excepted: TermCheckResult['excepted'] = [];
  let checked = 0;

  for (const report of reports) {
    const { file } = report;
    const enText = new Map(report.en.map((anchor) => [anchor.id, anchor.text]));
    const zhText = new Map(report.zh.map((anchor) => [anchor.id, anchor.text]));

    // The exceptions, validated one by one (a malformed one is reported, the others still count).
    const exceptions = new Map<string, TermException>();
    const raw = report.data.termExceptions ?? [];
    if (!Array.isArray(raw)) problems.push({ kind: 'malformed-exception', file, message: `${file}: termExceptions must be a list` });
    else
      raw.forEach((entry: unknown, index) => {
        const parsed = termExceptionSchema.safeParse(entry);
        const where = (entry as { paragraph?: unknown })?.paragraph;
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          problems.push({
            kind: 'malformed-exception',
            file,
            paragraph: typeof where === 'string' ? where : undefined,
            message: `${file}: termExceptions[${index}]${typeof where === 'string' ? ` (${where})` : ''}, field "${issue.path.join('.')}": ${issue.message}`,
          });
          return;
        }
        const exception = parsed.data;
        if (!byId.has(exception.term)) {
          problems.push({
            kind: 'unknown-term',
            file,
            paragraph: exception.paragraph,
            term: exception.term,
            message: `${file} ${exception.paragraph}: exception for “${exception.term}”, which is no glossary term`,
          });
          return;
        }
        if (!zhText.has(exception.paragraph) || !enText.has(exception.paragraph)) {
          problems.push({
            kind: 'unknown-paragraph',
            file,
            paragraph: exception.paragraph,
            term: exception.term,
            message: `${file} ${exception.paragraph}: exception for a paragraph that the report and its translation do not both have`,
          });
          return;
        }
        exceptions.set(`${exception.paragraph} ${exception.term}`, exception);
      });

    for (const anchor of report.zh) {
      const en = enText.get(anchor.id);
      // A paragraph without an English counterpart is the alignment check's business (tests/content/translations.test.ts).
      if (en === undefined) continue;
      const first = new Map<string, number>();
      for (const match of anchor.text.matchAll(pattern)) {
        const id = owner.get(match[0])!;
        if (!first.has(id)) first.set(id, match.index);
      }
      for (const [id, index] of first) {
        checked++;
        const term = byId.get(id)!;
        const key = `${anchor.id} ${id}`;
        const exception = exceptions.get(key);
        const found = usesEnglish(id, en);
        if (exception) {
          exceptions.delete(key);
          if (found)
            problems.push({
              kind: 'exception-unneeded',
              file,
              paragraph: anchor.id,
              term: id,
              message: `${file} ${anchor.id}: ${term.zh} (${id}): the exception is no longer needed, the English uses ${term.enForms.map(quoted).join(' / ')}`,
            });
          else excepted.push({ ...exception, file });
          continue;
        }
        if (!found)
          problems.push({
            kind: 'missing',
            file,
            paragraph: anchor.id,
            term: id,
            message: `${file} ${anchor.id}: ${term.zh} (${id}) expects ${term.enForms.map(quoted).join(' / ')}; English: ${quoted(excerpt(en, anchor.text, index))}`,
          });
      }
    }
    // Exceptions left over name a term the Chinese paragraph does not use.
    for (const exception of exceptions.values())
      problems.push({
        kind: 'exception-unneeded',
        file,
        paragraph: exception.paragraph,
        term: exception.term,
        message: `${file} ${exception.paragraph}: ${byId.get(exception.term)!.zh} (${exception.term}): the exception is no longer needed, the Chinese paragraph does not use the term`,
      });
  }
  return { problems, checked, excepted };
}

/** The reports of a content folder (the ones with a translation), rendered as loadCorpus renders them. */
export async function termReports(contentDir = 'content'): Promise<TermReport[]> {
  const corpus = await loadCorpus(contentDir);
  return corpus.flatMap((entry) =>
    entry.translation ? [{ slug: entry.slug, file: entry.translation.path, zh: entry.rendered.anchors, en: entry.translation.rendered.anchors, data: entry.translation.data }] : [],
  );
}
