/**
 * remark-english-typography: curly quotes and apostrophes in English text
 * (SmartyPants), and nowhere else — the Chinese text keeps the source's
 * characters, which remark-editorial handles. The caller sets the file's
 * language (file.data.lang).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import remarkSmartypants from 'remark-smartypants';
import type {} from '../edition/types.ts';

export default function remarkEnglishTypography() {
  const smarten = (remarkSmartypants as unknown as () => (tree: Root) => void)();
  return (tree: Root, file: VFile) => {
    if (file.data.lang === 'en') smarten(tree);
  };
}
