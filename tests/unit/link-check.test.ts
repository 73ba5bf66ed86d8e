/**
 * The link check over the built site (tests/support/links.ts) skips nothing:
 * unsafe schemes, links to hosts the edition does not list, external links
 * without rel="noopener noreferrer" and resources from other hosts are all
 * reported, on a small site written for the test. The check over the real
 * dist/ is tests/e2e/links.test.ts.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from '../support/links.ts';

const root = mkdtempSync(join(tmpdir(), 'town-reports-links-'));
after(() => rmSync(root, { recursive: true, force: true }));

const page = (path: string, body: string) => {
  mkdirSync(join(root, path), { recursive: true });
  writeFileSync(join(root, path, 'index.html'), `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
};

page('zh', '<p id="s1-p1">段落</p>');
page(
  'en',
  [
    // Allowed: the site's own pages (relative, or on SITE_URL), a listed host with rel, a metadata vocabulary.
    '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">',
    '<link rel="canonical" href="https://town-reports.example.org/en/">',
    '<a href="../zh/#s1-p1">ok</a>',
    '<a href="https://town-reports.example.org/zh/">ok</a>',
    '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">ok</a>',
    // Refused.
    '<a href="javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">',
    '<a href="https://evil.example/phish">x</a>',
    '<a href="https://creativecommons.org/licenses/by/4.0/">x</a>',
    '<a href="http://creativecommons.org/" rel="noopener noreferrer">x</a>',
    '<img src="https://evil.example/t.png" alt="">',
    '<img srcset="/zh/ 1x, https://evil.example/t2.png 2x" alt="">',
    '<a href="https://town-reports.example.org/missing/">x</a>',
    '<a href="../zh/#s9-p9">x</a>',
  ].join('\n'),
);

test('the link check refuses unsafe schemes, unlisted hosts, external links without rel and foreign resources, and checks the site’s own absolute links', () => {
  const { broken } = checkLinks(root, '/', { site: 'https://town-reports.example.org', external: ['creativecommons.org'] });
  const found = broken.map(({ href, problem }) => `${href} → ${problem}`);
  assert.deepEqual(found, [
    'javascript:alert(1) → a "javascript:" address (allowed: https:, mailto:, and the site\'s own pages)',
    'vbscript:msgbox(1) → a "vbscript:" address (allowed: https:, mailto:, and the site\'s own pages)',
    'data:text/html;base64,PHNjcmlwdD4= → a "data:" address (allowed: https:, mailto:, and the site\'s own pages)',
    'data:image/png;base64,iVBORw0KGgo= → a "data:" address (allowed: https:, mailto:, and the site\'s own pages)',
    'https://evil.example/phish → a link to evil.example, which content/edition.yaml externalLinks does not list',
    'https://creativecommons.org/licenses/by/4.0/ → a link to another host without rel="noopener noreferrer"',
    'http://creativecommons.org/ → a link to another host over http: (write https:)',
    'https://evil.example/t.png → loads from another host, evil.example (the edition makes only same-origin requests)',
    'https://evil.example/t2.png → loads from another host, evil.example (the edition makes only same-origin requests)',
    'https://town-reports.example.org/missing/ → no such page',
    '../zh/#s9-p9 → no element #s9-p9',
  ]);
});
