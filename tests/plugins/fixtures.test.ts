/**
 * Plugin fixtures: tests/plugins/fixtures/<plugin>/<case>/input.md renders to
 * output.html and records data.json (the anchors, editorial notes and
 * glossary terms the plugins put in file.data, which drive the exports,
 * search, contents and notes), or fails with a message containing error.txt.
 * Each plugin is run with only the steps it needs. UPDATE_FIXTURES=1 rewrites
 * output.html and data.json; a missing one fails, it is never written silently.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import matter from '../../src/lib/frontmatter.ts';
import type { FileKind } from '../../src/edition/types.ts';
import remarkEditorial from '../../src/plugins/editorial/index.ts';
import remarkEnglishTypography from '../../src/plugins/remark-english-typography.ts';
import remarkGlossary from '../../src/plugins/remark-glossary.ts';
import remarkLinks from '../../src/plugins/remark-links.ts';
import { parseGlossary } from '../../src/lib/glossary.ts';
import rehypeAnchors from '../../src/plugins/rehype-anchors.ts';
import rehypeReportTitle from '../../src/plugins/rehype-report-title.ts';
import { updateFixtures } from '../../src/config.ts';

const terms = parseGlossary(readFileSync('tests/fixtures/glossary-terms.yaml', 'utf8'));
const href = (id: string) => `../../glossary/#${id}`;
/** The edition's site and one listed host, as src/build/pipeline.ts gives them from SITE_URL and content/edition.yaml. */
const links = { site: 'https://town-reports.example.org', external: ['creativecommons.org'] };

/** The steps each plugin's fixtures run, for a file of the given kind. */
const pipelines: Record<string, (kind: FileKind) => { remark: PluggableList; rehype: PluggableList }> = {
  'remark-editorial': (kind) => ({ remark: [remarkDirective, [remarkEditorial, { kind }]], rehype: [] }),
  'rehype-anchors': (kind) => ({ remark: [remarkDirective, [remarkEditorial, { kind }]], rehype: [rehypeAnchors] }),
  'rehype-report-title': (kind) => ({ remark: [remarkDirective, [remarkEditorial, { kind }]], rehype: [rehypeAnchors, [rehypeReportTitle, { kind }]] }),
  'remark-english-typography': (kind) => ({ remark: [remarkDirective, [remarkEditorial, { kind }], remarkEnglishTypography], rehype: [] }),
  'remark-glossary': (kind) => ({ remark: [remarkDirective, [remarkEditorial, { kind }], [remarkGlossary, { kind, terms, href }]], rehype: [] }),
  'remark-links': (kind) => ({ remark: [remarkDirective, [remarkLinks, links], [remarkEditorial, { kind }]], rehype: [] }),
};

const root = new URL('./fixtures/', import.meta.url).pathname;

/**
 * A fixture's frontmatter says what its caller would know: `kind` (default: a translation when
 * `lang: en`, else a report), `lang` and `script`. The whole file is rendered, its frontmatter
 * blanked line for line, so messages name the file's lines as the build's do.
 */
async function render(plugin: string, path: string): Promise<{ html: string; data: string }> {
  const markdown = readFileSync(path, 'utf8');
  const { data } = matter(markdown);
  const kind = (data.kind as FileKind | undefined) ?? (data.lang === 'en' ? 'translation' : 'report');
  const { remark, rehype } = pipelines[plugin]!(kind);
  const processor = unified().use(remarkParse).use(remark).use(remarkRehype).use(rehype).use(rehypeStringify);
  const value = parseFrontmatter(markdown, { frontmatter: 'empty-with-lines' }).content;
  const file = new VFile({ value, path: path.slice(path.indexOf('tests/')), data: { lang: data.lang === 'en' ? 'en' : 'zh', script: data.script === 'Hant' ? 'Hant' : 'Hans' } });
  let html: string;
  try {
    html = String(await processor.process(file)).trim() + '\n';
  } catch (error) {
    const fatal = file.messages.find((message) => message.fatal);
    if (!fatal) throw error;
    throw new Error(`${file.path}:${fatal.line}:${fatal.column}: ${fatal.reason} [${fatal.source}:${fatal.ruleId}]`, { cause: error });
  }
  const recorded = Object.fromEntries(['anchors', 'editorial', 'glossaryTerms'].filter((key) => key in file.data).map((key) => [key, file.data[key as keyof typeof file.data]]));
  return { html, data: `${JSON.stringify(recorded, null, 2)}\n` };
}

/** Compares with the expected file; UPDATE_FIXTURES=1 rewrites it. */
function expectFile(file: string, actual: string) {
  if (updateFixtures) writeFileSync(file, actual);
  assert.ok(existsSync(file), `${file} is missing: write it with UPDATE_FIXTURES=1 and review it`);
  assert.equal(actual, readFileSync(file, 'utf8'), file);
}

for (const plugin of readdirSync(root)) {
  if (!pipelines[plugin]) throw new Error(`tests/plugins/fixtures/${plugin}: no pipeline for this plugin in fixtures.test.ts`);
  for (const name of readdirSync(join(root, plugin))) {
    const dir = join(root, plugin, name);
    test(`${plugin}: ${name}`, async () => {
      const input = join(dir, 'input.md');
      const errorFile = join(dir, 'error.txt');
      if (existsSync(errorFile)) {
        const expected = readFileSync(errorFile, 'utf8').trim();
        await assert.rejects(render(plugin, input), (error: Error) => {
          assert.ok(error.message.includes(expected), `expected an error containing\n  ${expected}\ngot\n  ${error.message}`);
          return true;
        });
        return;
      }
      const actual = await render(plugin, input);
      expectFile(join(dir, 'output.html'), actual.html);
      expectFile(join(dir, 'data.json'), actual.data);
    });
  }
}
