/** Builds the bitmap of src/lib/han-keys.ts from OpenCC's dictionaries (build time only). */
import tw from 'opencc-js/from/tw';
import hk from 'opencc-js/from/hk';
import cn from 'opencc-js/to/cn';
import { hanKeysEnd, hanKeysStart } from '../lib/han-keys.ts';

export function hanKeysBitmap(): Uint8Array {
  const bitmap = new Uint8Array(Math.ceil((hanKeysEnd - hanKeysStart + 1) / 8));
  const dictionaries = [tw, hk, cn].flat(2) as unknown as string[];
  for (const dictionary of dictionaries)
    for (const entry of dictionary.split('|')) {
      const [key = [], ...replacements] = entry.split(' ').map((word) => [...word]);
      key.forEach((char: string, index: number) => {
        if (!replacements.some((replacement) => replacement.length !== key.length || replacement[index] !== char)) return;
        const code = char.codePointAt(0)!;
        if (code >= hanKeysStart && code <= hanKeysEnd) bitmap[(code - hanKeysStart) >> 3]! |= 1 << ((code - hanKeysStart) & 7);
      });
    }
  return bitmap;
}
