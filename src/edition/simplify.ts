/**
 * Traditional → mainland simplified, as the normalized reading uses it.
 * Taiwan and Hong Kong forms both map to the mainland standard.
 */
import * as OpenCC from 'opencc-js';

const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** The converter, held in an object so a test can count its calls (mock.method): OpenCC is the costly step. */
export const openCC = { convert: (text: string): string => fromHongKong(fromTaiwan(text)) };

export function toSimplified(text: string): string {
  return openCC.convert(text);
}
