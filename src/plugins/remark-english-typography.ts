/**
 * remark-english-typography: curly quotes and apostrophes in the English
 * translations (SmartyPants), and nowhere else — the Chinese text keeps the
 * source's characters, which remark-editorial handles.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import remarkSmartypants from 'remark-smartypants';

export default function remarkEnglishTypography() {
  const smarten = (remarkSmartypants as unknown as () => (tree: Root) => void)();
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
    if (frontmatter?.lang === 'en') smarten(tree);
  };
}
