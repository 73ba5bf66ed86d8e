/**
 * Punctuation normalization for the normalized reading only: ASCII marks that
 * stand in Chinese text become their full-width forms, straight quotes become
 * curly quotes. Marks between two digits or two Latin letters (15:48, 1,000)
 * are left alone. The state carries quote parity across the text nodes of one
 * paragraph, since marks may split a quotation.
 */
export interface PunctuationState {
  doubleOpen: boolean;
  singleOpen: boolean;
  /** How many characters were changed, for the editorial notes. */
  changes: number;
}

export function newPunctuationState(): PunctuationState {
  return { doubleOpen: false, singleOpen: false, changes: 0 };
}

const fullWidth: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

const latinOrDigit = /[0-9A-Za-z]/;

export function normalizePunctuation(text: string, state: PunctuationState): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    let replacement = ch;
    if (ch === '"') {
      replacement = state.doubleOpen ? '”' : '“';
      state.doubleOpen = !state.doubleOpen;
    } else if (ch === "'") {
      replacement = state.singleOpen ? '’' : '‘';
      state.singleOpen = !state.singleOpen;
    } else if (ch in fullWidth) {
      const betweenLatin = latinOrDigit.test(before) && latinOrDigit.test(after);
      const parenAroundLatin = (ch === '(' || ch === ')') && isLatinParenthesis(text, i);
      if (!betweenLatin && !parenAroundLatin) replacement = fullWidth[ch]!;
    }
    if (replacement !== ch) state.changes++;
    out += replacement;
  }
  return out;
}

/** "(PM2.5)" stays half-width; "(一)" or "(濱江)" becomes full-width. */
function isLatinParenthesis(text: string, index: number): boolean {
  const open = text[index] === '(' ? index : text.lastIndexOf('(', index);
  const close = text[index] === ')' ? index : text.indexOf(')', index);
  if (open < 0 || close < 0 || close <= open) return false;
  return /^[\x20-\x7e]+$/.test(text.slice(open + 1, close));
}
