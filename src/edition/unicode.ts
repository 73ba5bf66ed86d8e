/**
 * The edition's text in one Unicode form: NFC (what the search normalizes
 * queries to, so a decomposed "Gútang" is found and highlighted whole), and
 * without zero-width characters (U+200B–U+200D, U+2060, U+FEFF inside text),
 * which are invisible but stop the glossary from matching a term.
 *
 * `cleanUnicode` says exactly what it changed, line by line, so that ingest
 * can record it in the report's frontmatter (`source.unicode`) and the
 * recovery test can give back the source character for character
 * (`restoreUnicode`). The build cleans every content file as it reads it
 * (src/lib/text-file.ts), so an editor's stray zero-width space is removed
 * there too.
 */

/** Zero-width space, non-joiner, joiner, word joiner, and U+FEFF anywhere but at the start of a file. */
export const zeroWidth = /[\u200B-\u200D\u2060\uFEFF]/g;
const anyZeroWidth = /[\u200B-\u200D\u2060\uFEFF]/;

/**
 * One place where the cleaned text differs from what was read: at `line` and `column` (1-based, in UTF-16
 * code units of the cleaned line) the text holds `cleanUnicode(printed)` where the file had `printed`,
 * written as code points ("U+0065 U+0301"), so that no editor's own normalization can change the record.
 */
export interface UnicodeChange {
  line: number;
  column: number;
  printed: string;
}

const clean = (text: string) => text.replace(zeroWidth, '').normalize('NFC');

/** "e\u0301" → "U+0065 U+0301". */
export const codePoints = (text: string) => Array.from(text, (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** "U+0065 U+0301" → "e\u0301". */
export const fromCodePoints = (written: string) =>
  written
    .split(' ')
    .map((point) => String.fromCodePoint(Number.parseInt(point.slice(2), 16)))
    .join('');

/** The pattern `printed` follows in a frontmatter record. */
export const codePointsPattern = /^U\+[0-9A-F]{4,6}( U\+[0-9A-F]{4,6})*$/;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** One line cleaned, with its changes: runs of changed grapheme clusters, or the whole line where cluster by cluster would not give the same text. */
function cleanLine(line: string, lineNumber: number): { text: string; changes: UnicodeChange[] } {
  const whole = clean(line);
  const changes: UnicodeChange[] = [];
  let text = '';
  let run: { column: number; printed: string } | undefined;
  for (const { segment } of graphemes.segment(line)) {
    const cleaned = clean(segment);
    if (cleaned === segment) {
      if (run) changes.push({ line: lineNumber, column: run.column, printed: codePoints(run.printed) });
      run = undefined;
    } else {
      run ??= { column: text.length + 1, printed: '' };
      run.printed += segment;
    }
    text += cleaned;
  }
  if (run) changes.push({ line: lineNumber, column: run.column, printed: codePoints(run.printed) });
  if (text !== whole) return { text: whole, changes: [{ line: lineNumber, column: 1, printed: codePoints(line) }] };
  return { text, changes };
}

/** The text in NFC without zero-width characters, and every change made, in order (line breaks are never touched). */
export function cleanUnicode(text: string): { text: string; changes: UnicodeChange[] } {
  if (!anyZeroWidth.test(text) && text.normalize('NFC') === text) return { text, changes: [] };
  const changes: UnicodeChange[] = [];
  const lines = text.split('\n').map((line, index) => {
    if (clean(line) === line) return line;
    const cleaned = cleanLine(line, index + 1);
    changes.push(...cleaned.changes);
    return cleaned.text;
  });
  return { text: lines.join('\n'), changes };
}

/** Undoes cleanUnicode: the text as it was read, from the cleaned text and the record of its changes. */
export function restoreUnicode(text: string, changes: readonly UnicodeChange[]): string {
  if (!changes.length) return text;
  const lines = text.split('\n');
  // From the end of each line, so the columns of the earlier changes still hold.
  for (const change of [...changes].reverse()) {
    const line = lines[change.line - 1];
    const printed = fromCodePoints(change.printed);
    const expected = clean(printed);
    const at = change.column - 1;
    if (line === undefined || line.slice(at, at + expected.length) !== expected) {
      throw new Error(`line ${change.line}, column ${change.column}: the text does not hold "${expected}" (${codePoints(expected)}) for the recorded ${change.printed}`);
    }
    lines[change.line - 1] = line.slice(0, at) + printed + line.slice(at + expected.length);
  }
  return lines.join('\n');
}

/** What reading did, for a message: "zero-width character U+200B removed", "U+0065 U+0301 read as é (U+00E9, Unicode NFC)". */
export function describeChange(change: UnicodeChange): string {
  const cleaned = clean(fromCodePoints(change.printed));
  return cleaned ? `${change.printed} read as ${cleaned} (${codePoints(cleaned)}, Unicode NFC)` : `zero-width character ${change.printed} removed`;
}

/** What to do about it, where the text is used as written: "zero-width character U+200B: remove it", "… is not in Unicode NFC: write é (U+00E9)". */
export function unicodeProblem(change: UnicodeChange): string {
  const cleaned = clean(fromCodePoints(change.printed));
  return cleaned ? `${change.printed} is not in Unicode NFC: write ${cleaned} (${codePoints(cleaned)})` : `zero-width character ${change.printed}: remove it`;
}
