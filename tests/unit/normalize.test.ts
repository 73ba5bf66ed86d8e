/**
 * The normalized reading runs OpenCC once per text: remark-editorial
 * normalizes each text of a report once (src/edition/normalize.ts), and no
 * later step (the glossary on a Traditional source, the old rehype-simplify)
 * converts it again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { openCC } from '../../src/edition/simplify.ts';
import { normalizeText } from '../../src/edition/normalize.ts';
import { newPunctuationState } from '../../src/edition/punctuation.ts';
import { renderMarkdown } from '../../src/build/pipeline.ts';
import { readingClass } from '../../src/edition/reading.ts';

test('normalizeText drops pinyin, normalizes punctuation, then simplifies', () => {
  assert.equal(normalizeText('聞堰搶抓機(jī)遇,打造現(xiàn)代社區(qū)', newPunctuationState()), '闻堰抢抓机遇，打造现代社区');
});

test('OpenCC runs once per text of a Traditional report, glossary terms included', async (t) => {
  const convert = t.mock.method(openCC, 'convert');
  const markdown = ['---', 'script: Hant', '---', '', '實施三江新村未來社區建設', '', '## 二、發展:corr[機]{sic="機(jī)" why="ocr"}遇', ''].join('\n');
  const rendered = await renderMarkdown(markdown, '<traditional>', { kind: 'report', script: 'Hant' });
  const tree = fromHtml(rendered.html, { fragment: true });
  const normalized = selectAll(`.${readingClass.normalized}`, tree).map((node) => toText(node));
  assert.ok(normalized[0]!.includes('实施三江新村未来社区建设'));
  assert.ok(rendered.html.includes('data-term="future-community"'), 'the glossary matches the simplified text');
  // The four texts of the source (a paragraph; a heading, the corrected character, the rest), each converted once.
  assert.deepEqual(
    convert.mock.calls.map((call) => call.arguments[0]),
    ['實施三江新村未來社區建設', '二、發展', '機', '遇'],
  );
});
