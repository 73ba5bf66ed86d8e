/**
 * The normalized reading, defined once: inline pinyin dropped (ruby.ts),
 * punctuation normalized (punctuation.ts), then Traditional → mainland
 * simplified (simplify.ts). remark-editorial calls it once on every text of
 * the normalized reading; nothing converts that text again.
 */
import { normalizePunctuation, type PunctuationState } from './punctuation.ts';
import { stripPinyin } from './ruby.ts';
import { toSimplified } from './simplify.ts';

/** One text of a block's normalized reading; `punctuation` carries quote pairing across the block's texts. */
export function normalizeText(text: string, punctuation: PunctuationState): string {
  return toSimplified(normalizePunctuation(stripPinyin(text), punctuation));
}
