/**
 * Inline pinyin such as 機(jī) in the Wenyan source. In the printed reading it
 * becomes ruby over the character it annotates; in the normalized reading the
 * annotation is dropped (the character is then simplified).
 */
const toneLetters = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const syllable = `[a-zü${toneLetters}]*[${toneLetters}][a-zü${toneLetters}]*`;

/** A Han character followed by a parenthesised toned pinyin syllable. */
export const annotatedCharacter = new RegExp(`([\\u3400-\\u9fff])\\((${syllable})\\)`, 'gu');
/** The parenthesised syllable alone (after a mark that holds its character). */
export const pinyinAnnotation = new RegExp(`\\((${syllable})\\)`, 'gu');

export type RubyPiece = string | { base: string; annotation: string };

export function splitRuby(text: string): RubyPiece[] {
  const pieces: RubyPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(annotatedCharacter)) {
    if (match.index > last) pieces.push(text.slice(last, match.index));
    pieces.push({ base: match[1]!, annotation: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

export function stripPinyin(text: string): string {
  return text.replace(pinyinAnnotation, '');
}

/** One toned syllable as the source writes it (lower case, a tone mark, ü), alone. */
export const pinyinSyllable = new RegExp(`^${syllable}$`, 'u');
/** One annotated character alone, as a :pinyin mark holds it: 長(zhǎng). */
export const singleAnnotation = new RegExp(`^([\\u3400-\\u9fff])\\((${syllable})\\)$`, 'u');

export function isPinyinSyllable(text: string): boolean {
  return pinyinSyllable.test(text);
}
