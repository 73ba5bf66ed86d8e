/**
 * Nothing of a report is left out of its page and exports: the build counts that every top-level block
 * of the Markdown became one element with its own anchor id (src/build/pipeline.ts assertEveryBlock),
 * and the blocks the page shows are all the elements (src/build/rendering.ts blocksOf). The plugins
 * refuse every block they do not render (tests/plugins/fixtures/remark-editorial/error-*); these checks
 * stop the build if one ever slips through.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { h } from 'hastscript';
import type { Root } from 'hast';
import { VFile } from 'vfile';
import { assertEveryBlock, renderMarkdown } from '../../src/build/pipeline.ts';
import { blocksOf } from '../../src/build/rendering.ts';

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 2 } });
const element = (tag: string, id: string | undefined, line: number) => ({ ...h(tag, id ? { id } : {}, 'text'), position: at(line) });
const tree = (...children: ReturnType<typeof element>[]): Root => ({ type: 'root', children });
const anchored = (...ids: string[]) => ids.map((id) => ({ id, kind: 'paragraph' as const, text: 'text' }));
const file = (markdownBlocks: number, ids: string[]) => new VFile({ path: 'content/reports/zh/x.md', data: { markdownBlocks, anchors: anchored(...ids) } });

test('a rendered report whose every block has its anchor passes', () => {
  assert.doesNotThrow(() => assertEveryBlock(tree(element('h1', 's0', 1), element('p', 's0-p1', 3)), file(2, ['s0', 's0-p1'])));
});

test('a block without an anchor id stops the build with its line', () => {
  assert.throws(
    () => assertEveryBlock(tree(element('p', 's0-p1', 1), element('ul', undefined, 3)), file(2, ['s0-p1'])),
    (error: Error & { line?: number }) => {
      assert.match(error.message, /this <ul> block has no anchor id, so the page and the exports would leave it out/);
      assert.equal(error.line, 3);
      return true;
    },
  );
  assert.throws(() => blocksOf(tree(element('p', 's0-p1', 1), element('ul', undefined, 3))), /line 3: a <ul> block without an anchor id would be missing from the page/);
});

test('an id given twice stops the build (the page would show one of the two blocks)', () => {
  assert.throws(() => assertEveryBlock(tree(element('h1', 's0', 1), element('h1', 's0', 5)), file(2, ['s0', 's0'])), /the anchor id "s0" is given twice \(first at line 1\)/);
});

test('a Markdown block that did not become an element, or an element the anchors do not record, stops the build', () => {
  assert.throws(() => assertEveryBlock(tree(element('p', 's0-p1', 1)), file(2, ['s0-p1'])), /2 blocks in the Markdown, 1 rendered, 1 anchored/);
  assert.throws(() => assertEveryBlock(tree(element('p', 's0-p1', 1), element('p', 's0-p2', 3)), file(2, ['s0-p1'])), /2 blocks in the Markdown, 2 rendered, 1 anchored/);
});

test('a real report renders with every block counted: each Markdown block is one anchored block', async () => {
  const markdown = '# 标题\n\n导语。\n\n## （一）第一节\n\n::del[图片]{why="image"}\n\n正文。\n';
  const rendered = await renderMarkdown(markdown, 'content/reports/zh/x.md', { kind: 'report', script: 'Hans' });
  assert.deepEqual(
    rendered.anchors.map((anchor) => anchor.id),
    ['s0', 's0-p1', 's1', 's1-x1', 's1-p1'],
  );
});
