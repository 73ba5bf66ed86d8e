/**
 * Traditional → mainland simplified, as the normalized reading uses it.
 * Taiwan and Hong Kong forms both map to the mainland standard.
 */
import * as OpenCC from 'opencc-js';

const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

export function toSimplified(text: string): string {
  return fromHongKong(fromTaiwan(text));
}
