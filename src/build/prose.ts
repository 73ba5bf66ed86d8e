/**
 * The prose pages (content/pages/<lang>/) as Astro renders them with its own
 * Markdown processor (astro.config.mjs): the edition's plugins for kind
 * 'prose', after a first step that tells them the page's language. Astro
 * hands the processor the validated frontmatter of the pages collection
 * (src/content.config.ts declares `lang`); this caller-side step copies it
 * into file.data.lang, so no plugin reads frontmatter.
 */
import type { PluggableList } from 'unified';
import type { VFile } from 'vfile';
import { pipelinePlugins } from '../plugins/index.ts';
import { linkRules } from './pipeline.ts';
import type {} from '../edition/types.ts';

function proseLanguage() {
  return (_tree: unknown, file: VFile) => {
    const { frontmatter } = (file.data.astro ?? {}) as { frontmatter?: { lang?: unknown } };
    file.data.lang = frontmatter?.lang === 'en' ? 'en' : 'zh';
  };
}

const plugins = pipelinePlugins({ kind: 'prose', links: linkRules() });

export const proseRemarkPlugins: PluggableList = [proseLanguage, ...plugins.remarkPlugins];
export const proseRehypePlugins: PluggableList = plugins.rehypePlugins;
