/**
 * The edition's text files read as UTF-8, strictly, by everything that reads
 * them: ingest (sources/, scripts/lib/ingest.ts), the content loader
 * (src/build/report-loader.ts), loadCorpus (scripts/lib/corpus.ts), the
 * glossary and the Markdown downloads. Bytes that are not UTF-8 stop the
 * reader with the file, the line and the byte offset instead of becoming
 * U+FFFD; a byte-order mark is accepted and dropped (it is not text); an empty
 * file is named as such. Content is then read in NFC without zero-width
 * characters (src/edition/unicode.ts).
 */
import { readFileSync } from 'node:fs';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { cleanUnicode, type UnicodeChange } from '../edition/unicode.ts';

export interface Decoded {
  /** The text, without a byte-order mark. */
  text: string;
  /** Whether the file started with a UTF-8 byte-order mark. */
  bom: boolean;
}

/** Where the first malformed sequence starts: its byte offset and line (the bytes before it decode cleanly). */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number } {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  let line = 1;
  for (const char of lenient) {
    // A U+FFFD that the file really holds is the three bytes EF BF BD; any other is the decoder's replacement.
    if (char === '\uFFFD' && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
    if (char === '\n') line++;
    const point = char.codePointAt(0)!;
    offset += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return { offset, line };
}

/** Decodes a file's bytes as UTF-8, or stops with "file:line: not valid UTF-8 at byte N (0xNN)". */
export function decodeUtf8(bytes: Uint8Array, fileName: string): Decoded {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const { offset, line } = firstInvalidUtf8(bytes);
    throw new Error(`${fileName}:${line}: not valid UTF-8 at byte ${offset} (0x${bytes[offset]?.toString(16).padStart(2, '0')}); convert the file to UTF-8 first`);
  }
  const bom = text.startsWith('\uFEFF');
  return { text: bom ? text.slice(1) : text, bom };
}

export interface ContentText extends Decoded {
  /** What reading changed: characters read in NFC, zero-width characters removed (line and column in `text`). */
  changes: UnicodeChange[];
}

/** A content file (Markdown or YAML) as the edition reads it: strict UTF-8, no byte-order mark, NFC, no zero-width characters. */
export function readContentFile(path: string): ContentText {
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new Error(`${path}: the file is empty (0 bytes); nothing to read`);
  const { text, bom } = decodeUtf8(bytes, path);
  if (!text.trim()) throw new Error(`${path}: the file holds only whitespace; nothing to read`);
  return { ...cleanUnicode(text), bom };
}

/** A content Markdown file (a report, a translation, a page): as readContentFile, and it must open with its frontmatter. */
export function readContentMarkdown(path: string): ContentText {
  const read = readContentFile(path);
  if (extractFrontmatter(read.text) === undefined) throw new Error(`${path}:1: no frontmatter: the file must start with a line "---", its fields, and a line "---"`);
  return read;
}
