/**
 * Which Han characters OpenCC's Taiwan/Hong Kong → mainland conversion can
 * change, as a bitmap over U+3400–U+9FFF: a character of a dictionary key
 * (from/tw, from/hk, to/cn) that differs from the replacement at its place
 * (every character of a key whose replacement has another length). A query
 * with none of them converts to itself, so the search page loads the
 * dictionaries (~35 kB gzip) only for a query that may be Traditional.
 */
// The bitmap is built at build time (src/build/han-keys-bitmap.ts); this file is what the browser needs.

export const hanKeysStart = 0x3400;
export const hanKeysEnd = 0x9fff;

/** True when a character of the text is a dictionary key (or outside the bitmap's range): convert it. */
export function mayConvert(text: string, bitmap: Uint8Array): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (!/\p{Script=Han}/u.test(char)) continue;
    if (code < hanKeysStart || code > hanKeysEnd) return true;
    if (bitmap[(code - hanKeysStart) >> 3]! & (1 << ((code - hanKeysStart) & 7))) return true;
  }
  return false;
}
