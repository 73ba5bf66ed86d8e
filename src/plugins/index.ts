/**
 * The Markdown pipeline of the edition, in order. astro.config.mjs and the
 * tests both read this list, so what is tested is what is built.
 *
 *   remark-directive   parses :mark[…]{…}
 *   remark-editorial   marks → normalized and printed readings
 *   remark-english-typography  curly quotes in the English translations
 *   remark-glossary    glossary terms in the normalized reading and the English
 *   rehype-simplify    normalized reading → mainland simplified (OpenCC)
 *   rehype-anchors     ids and ¶ links on every section and paragraph
 */
import type { PluggableList } from 'unified';
import remarkDirective from 'remark-directive';
import remarkEditorial from './remark-editorial.ts';
import remarkEnglishTypography from './remark-english-typography.ts';
import remarkGlossary from './remark-glossary.ts';
import rehypeSimplify from './rehype-simplify.ts';
import rehypeAnchors from './rehype-anchors.ts';
import { basePath } from '../config.ts';
import { routesFor } from '../lib/routes.ts';

// Outside Vite too (astro.config.mjs, the tests), so under BASE_PATH itself rather than import.meta.env.
const { glossaryUrl } = routesFor(basePath);
const glossaryHref = (id: string, lang: 'zh' | 'en') => glossaryUrl(lang, id);

export const remarkPlugins: PluggableList = [remarkDirective, remarkEditorial, remarkEnglishTypography, [remarkGlossary, { href: glossaryHref }]];
export const rehypePlugins: PluggableList = [rehypeSimplify, rehypeAnchors];
