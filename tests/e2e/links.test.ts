/**
 * No broken internal link and no missing anchor anywhere in the built site:
 * navigation, table of contents, editorial notes, glossary occurrences,
 * citation pages, data pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLinks } from '../support/links.ts';

test('every internal link reaches a page, and every fragment an element', () => {
  const { pages, links, broken } = checkLinks('dist');
  assert.ok(pages > 30 && links > 1000, `${pages} pages, ${links} links checked`);
  assert.deepEqual(broken.slice(0, 20), []);
});
