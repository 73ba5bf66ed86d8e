/**
 * Where the edition is published (src/config.ts): BASE_PATH normalized once and checked, SITE_URL
 * checked, each mistake named by its variable; and the glossary links of a report page reach the
 * glossary of the page's own language under any base.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { basePathFrom, siteUrlFrom } from '../../src/config.ts';
import { glossaryFromReport, routesFor } from '../../src/lib/routes.ts';
import { languages } from '../../src/i18n/languages.ts';

/** src/config.ts loaded in a process of its own with these variables: what it exports, or how it stops. */
function loadConfig(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', "const { basePath, siteUrl } = await import('./src/config.ts'); console.log(basePath, siteUrl);"], {
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '', SITE_URL: 'https://town-reports.example.org', ...env },
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

test('BASE_PATH gets one leading and one trailing slash, however it is written', () => {
  for (const [given, expected] of [
    ['', '/'],
    ['/', '/'],
    ['town-reports', '/town-reports/'],
    ['/town-reports', '/town-reports/'],
    ['town-reports/', '/town-reports/'],
    ['/town-reports/', '/town-reports/'],
    ['editions/town-reports.v2', '/editions/town-reports.v2/'],
    ['~user/a_b', '/~user/a_b/'],
  ]) {
    assert.equal(basePathFrom(given!), expected, JSON.stringify(given));
  }
});

test('a BASE_PATH that is not a plain folder path stops the build, naming the variable and what is wrong', () => {
  for (const [given, why] of [
    ['../town-reports', /"\.\." is not a folder name/],
    ['/a/./b/', /"\." is not a folder name/],
    ['/a//b/', /empty folder name/],
    ['//evil.example/', /empty folder name/],
    ['https://octocat.github.io/town-reports/', /"https:" has a character other than/],
    ['/town reports/', /"town reports" has a character other than/],
    ['/town-reports/?x=1', /has a character other than/],
    ['/town-reports/#top', /has a character other than/],
    ['/%2e%2e/', /has a character other than/],
    ['/town\\reports/', /has a character other than/],
    ['/报告/', /has a character other than/],
  ] as const) {
    assert.throws(
      () => basePathFrom(given),
      (error: Error) => {
        assert.match(error.message, new RegExp(`^BASE_PATH=${JSON.stringify(given).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
        assert.match(error.message, why);
        assert.match(error.message, /expected the folder the edition is served from, such as \/town-reports\//);
        return true;
      },
    );
  }
});

test('SITE_URL is an http(s) origin (a path only if it is the base path); anything else is refused by name', () => {
  assert.equal(siteUrlFrom('https://octocat.github.io', '/town-reports/'), 'https://octocat.github.io');
  assert.equal(siteUrlFrom('https://octocat.github.io/', '/'), 'https://octocat.github.io');
  assert.equal(siteUrlFrom('http://127.0.0.1:4321', '/'), 'http://127.0.0.1:4321');
  // The base path repeated in SITE_URL is not added twice.
  assert.equal(siteUrlFrom('https://octocat.github.io/town-reports/', '/town-reports/'), 'https://octocat.github.io');
  assert.equal(siteUrlFrom('https://octocat.github.io/town-reports', '/town-reports/'), 'https://octocat.github.io');
  for (const [given, why] of [
    ['town-reports.example.org', /not an absolute URL/],
    ['', /not an absolute URL/],
    ['localhost:4321', /the scheme localhost: is not http: or https:/],
    ['ftp://example.org', /the scheme ftp: is not/],
    ['javascript:alert(1)', /the scheme javascript: is not/],
    ['https://user:secret@example.org', /user name or password/],
    ['https://example.org/?utm=1', /query or fragment/],
    ['https://example.org/#top', /query or fragment/],
    ['https://example.org/editions/', /the path \/editions\/ would be lost .*\(BASE_PATH=\/editions\/, now \/\)/],
  ] as const) {
    assert.throws(
      () => siteUrlFrom(given, '/'),
      (error: Error) => {
        assert.ok(error.message.startsWith(`SITE_URL=${JSON.stringify(given)}: `), error.message);
        assert.match(error.message, why);
        return true;
      },
    );
  }
});

test('the build reads the variables through src/config.ts and stops with their names', () => {
  const given = loadConfig({ BASE_PATH: 'town-reports', SITE_URL: 'https://octocat.github.io/' });
  assert.equal(given.status, 0, given.stderr);
  assert.equal(given.stdout, '/town-reports/ https://octocat.github.io');
  // Empty is unset (a CI step whose output is empty).
  assert.equal(loadConfig({ SITE_URL: '' }).stdout, '/ https://town-reports.example.org');
  const base = loadConfig({ BASE_PATH: 'a/../b' });
  assert.notEqual(base.status, 0);
  assert.match(base.stderr, /BASE_PATH="a\/\.\.\/b": "\.\." is not a folder name/);
  const site = loadConfig({ SITE_URL: 'town-reports.example.org' });
  assert.notEqual(site.status, 0);
  assert.match(site.stderr, /SITE_URL="town-reports\.example\.org": not an absolute URL/);
});

test('a glossary link in a report reaches the glossary of the page’s own language, under any base', () => {
  // One rendering of a report serves both languages' pages: the Chinese column and the English one carry the same link.
  for (const base of ['/', basePathFrom('town-reports'), basePathFrom('/editions/town-reports')]) {
    const routes = routesFor(base);
    for (const lang of languages) {
      const page = new URL(routes.reportUrl(lang, 'gutang'), 'https://example.org');
      const link = new URL(glossaryFromReport('waste-sorting'), page);
      assert.equal(`${link.pathname}${link.hash}`, routes.glossaryUrl(lang, 'waste-sorting'), `${base} ${lang}`);
      // Reached from one of its paragraphs' addresses as well.
      const cited = new URL(routes.reportUrl(lang, 'gutang', 's2-p3'), 'https://example.org');
      assert.equal(new URL(glossaryFromReport('grid'), cited).pathname, routes.glossaryUrl(lang));
    }
  }
});
