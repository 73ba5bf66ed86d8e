/** The host's headers and the page policy's place: src/lib/host-headers.ts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFile, headersFor, metaPolicy, parseHeadersFile, policyFirst, withDirectives } from '../../src/lib/host-headers.ts';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc=';">`;
const policy = metaPolicy(meta)!;

test('the policy moves to the top of <head>, right after the character encoding; the rest stays in order', () => {
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><script type="application/ld+json">{}</script><meta name="citation_title" content="T">${meta}<link rel="stylesheet" href="/_astro/a.css"></head><body><p>${'x'.repeat(10)}</p></body></html>`;
  const moved = policyFirst(page);
  assert.equal(
    moved,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${meta}<title>T</title><script type="application/ld+json">{}</script><meta name="citation_title" content="T"><link rel="stylesheet" href="/_astro/a.css"></head><body><p>xxxxxxxxxx</p></body></html>`,
  );
  assert.equal(policyFirst(moved), moved, 'already first: unchanged');
  const without = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title></head></html>';
  assert.equal(policyFirst(without), without, 'no policy: unchanged');
});

test('the headers file: the policy with frame-ancestors and the security headers for every path, caching by path, under the base', () => {
  for (const base of ['/', '/town-reports/']) {
    const rules = parseHeadersFile(headersFile(base, policy));
    const page = Object.fromEntries(headersFor(rules, `${base}en/reports/gutang/`));
    assert.equal(page['Content-Security-Policy'], `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; frame-ancestors 'none'`);
    assert.equal(page['X-Content-Type-Options'], 'nosniff');
    assert.equal(page['Referrer-Policy'], 'strict-origin-when-cross-origin');
    assert.match(page['Strict-Transport-Security']!, /^max-age=31536000$/);
    assert.equal(page['Cache-Control'], undefined, 'pages: the host’s default (revalidated)');
    assert.equal(Object.fromEntries(headersFor(rules, `${base}sw.js`))['Cache-Control'], 'no-cache');
    assert.equal(Object.fromEntries(headersFor(rules, `${base}pagefind/en/0/pagefind-entry.json`))['Cache-Control'], 'no-cache');
    assert.equal(Object.fromEntries(headersFor(rules, `${base}_astro/site.B1x9.js`))['Cache-Control'], 'public, max-age=31536000, immutable');
    // Each header is given once for any path, so hosts that join repeated headers (Cloudflare) and those that keep the last (Netlify) agree.
    for (const path of [`${base}`, `${base}sw.js`, `${base}_astro/a.js`, `${base}pagefind/zh/0/pagefind.js`]) {
      const names = headersFor(rules, path).map(([name]) => name.toLowerCase());
      assert.equal(new Set(names).size, names.length, path);
    }
  }
  assert.deepEqual(headersFor(parseHeadersFile(headersFile('/town-reports/', policy)), '/sw.js'), [], 'outside the base: nothing');
});

test('withDirectives adds a directive once; the parser names the line it cannot read', () => {
  assert.equal(withDirectives("default-src 'self';", ["frame-ancestors 'none'"]), "default-src 'self'; frame-ancestors 'none'");
  assert.equal(withDirectives("default-src 'self'; frame-ancestors 'self'", ["frame-ancestors 'none'"]), "default-src 'self'; frame-ancestors 'self'");
  assert.throws(() => parseHeadersFile('/*\n  X-A: b\n  not a header\n'), /_headers:3:/);
  assert.throws(() => parseHeadersFile('  X-A: b\n'), /_headers:1:/);
  assert.deepEqual(parseHeadersFile('# comment\n/a/*\n  X-A: b: c\n\n/b\n'), [
    { path: '/a/*', headers: [['X-A', 'b: c']] },
    { path: '/b', headers: [] },
  ]);
});
