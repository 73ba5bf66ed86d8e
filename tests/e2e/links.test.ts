/**
 * No broken internal link and no missing anchor anywhere in the built site:
 * navigation, table of contents, editorial notes, glossary occurrences,
 * citation pages, data pages.
 */
import { expect, test } from './fixtures.ts';
import { checkLinks } from '../support/links.ts';

test('every internal link reaches a page, and every fragment an element', () => {
  const { pages, links, broken } = checkLinks('dist');
  expect(pages, 'pages checked').toBeGreaterThan(30);
  expect(links, 'links checked').toBeGreaterThan(1000);
  expect(broken.slice(0, 20)).toEqual([]);
});
