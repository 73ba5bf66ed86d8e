/**
 * Bad content fails with a message naming the file, the line and the field,
 * checked directly; the same fixtures through a real `astro sync` and
 * `astro build` (what the build runs) are in tests/integration/astro-content.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { checkFrontmatter } from '../support/validate.ts';

const fixtures = 'tests/fixtures/content';

test('the five reports have valid frontmatter', () => {
  for (const name of readdirSync('content/reports/zh')) assert.deepEqual(checkFrontmatter(`content/reports/zh/${name}`), []);
});

test('the translations have valid frontmatter', () => {
  for (const name of readdirSync('content/reports/en').filter((file) => file.endsWith('.md')))
    assert.deepEqual(checkFrontmatter(`content/reports/en/${name}`, 'translation'), []);
});

test('an unknown document kind names the file, line and field', () => {
  const [message] = checkFrontmatter(`${fixtures}/bad-kind/reports/zh/gutang.md`);
  assert.match(message!, /bad-kind\/reports\/zh\/gutang\.md:8: frontmatter field "kind": Invalid option/);
});

test('a missing field names the file and the field', () => {
  const [message] = checkFrontmatter(`${fixtures}/missing-field/reports/zh/gutang.md`);
  assert.match(message!, /missing-field\/reports\/zh\/gutang\.md:\d+: frontmatter field "town"/);
});

test('malformed YAML names the file and line', () => {
  const [message] = checkFrontmatter(`${fixtures}/malformed-yaml/reports/zh/gutang.md`);
  assert.match(message!, /malformed-yaml\/reports\/zh\/gutang\.md:\d+: malformed frontmatter/);
});

test('a duplicate slug, or a slug that is not the file name, is refused with the file named', async () => {
  const { assertSlugs } = await import('../../src/lib/slugs.ts');
  const entry = (file: string, slug: string) => ({ id: slug, filePath: `content/reports/zh/${file}`, data: { slug } });
  assert.doesNotThrow(() => assertSlugs([entry('gutang.md', 'gutang'), entry('taoyan.md', 'taoyan')]));
  assert.throws(() => assertSlugs([entry('gutang.md', 'gutang'), entry('gutang2.md', 'gutang')]), /gutang2\.md: frontmatter field "slug" is "gutang", but the file is not named gutang\.md/);
  assert.throws(() => assertSlugs([entry('gutang.md', 'gutang'), { id: 'y', filePath: 'other/gutang.md', data: { slug: 'gutang' } }]), /other\/gutang\.md: duplicate slug "gutang", already used by content\/reports\/zh\/gutang\.md/);
});

test('a field of the wrong type is refused with file, line and field', async () => {
  const { mkdtempSync, readFileSync: read, writeFileSync } = await import('node:fs');
  const dir = mkdtempSync('/tmp/town-reports-');
  const file = `${dir}/gutang.md`;
  writeFileSync(file, read('content/reports/zh/gutang.md', 'utf8').replace('yearsCovered: [2022]', 'yearsCovered: "2022"'));
  const [message] = checkFrontmatter(file);
  assert.match(message!, /gutang\.md:\d+: frontmatter field "yearsCovered": Invalid input: expected array/);
});

test('a translation’s revisions are numbered from 1 without a gap, dated in order, each change a sentence, the latest dated as the translation', async () => {
  const { mkdtempSync, readFileSync: read, writeFileSync } = await import('node:fs');
  const dir = mkdtempSync('/tmp/town-reports-');
  const original = read('content/reports/en/jingjiang.md', 'utf8');
  const latest = '  - revision: 2\n    date: 2026-11-30\n    changes:\n';
  const check = (edit: (text: string) => string) => {
    const file = `${dir}/jingjiang.md`;
    const edited = edit(original);
    assert.notEqual(edited, original, 'the edit applies');
    writeFileSync(file, edited);
    return checkFrontmatter(file, 'translation');
  };
  assert.match(
    check((text) => text.replace('  - revision: 2\n', '  - revision: 3\n')).join('\n'),
    /jingjiang\.md:\d+: frontmatter field "revisions\.1\.revision": revisions are numbered 1, 2, 3 … in order: expected 2, found 3/,
  );
  assert.match(check((text) => text.replace('    date: 2026-11-23\n', '    date: 2026-12-01\n')).join('\n'), /frontmatter field "revisions\.1\.date": revision 2 is dated before revision 1/);
  assert.match(check((text) => text.replace('translated: 2026-11-30', 'translated: 2026-11-23')).join('\n'), /:5: frontmatter field "translated": the date of the latest revision \(2026-11-30, revision 2\)/);
  assert.match(check((text) => text.replace(latest, `${latest}      - ""\n`)).join('\n'), /"revisions\.1\.changes\.0": say what changed/);
  assert.match(check((text) => text.replace(latest, `${latest}      - "fixed some things"\n`)).join('\n'), /"revisions\.1\.changes\.0": a sentence starts with a capital letter/);
  assert.match(check((text) => text.replace(latest, `${latest}      - "Fixed some things in s2-p1"\n`)).join('\n'), /"revisions\.1\.changes\.0": a sentence ends with a full stop/);
  assert.match(check((text) => text.replace(/(?<= {4}date: 2026-11-30\n) {4}changes:\n( {6}- .*\n)+/, '')).join('\n'), /"revisions\.1\.changes": /);
});

test('a date is an ISO calendar date: a number, a boolean or a day that does not exist is refused, never read as 1970', async () => {
  const { mkdtempSync, readFileSync: read, writeFileSync } = await import('node:fs');
  const dir = mkdtempSync('/tmp/town-reports-');
  const check = (source: string, field: string, value: string, kind: 'report' | 'translation') => {
    const text = read(source, 'utf8');
    const changed = text.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${value}`);
    assert.notEqual(changed, text, `${source} has ${field}`);
    const file = `${dir}/${kind}.md`;
    writeFileSync(file, changed);
    return checkFrontmatter(file, kind);
  };
  for (const value of ['20220301', 'true', '0', '"3/1/2022"', '2022-02-30', '2022-03-01T10:00:00Z']) {
    const [message] = check('content/reports/zh/gutang.md', 'published', value, 'report');
    assert.match(message ?? '', /report\.md:\d+: frontmatter field "published": an ISO date such as 2022-02-10 \(found /, `published: ${value}`);
    const [translated] = check('content/reports/en/gutang.md', 'translated', value, 'translation');
    assert.match(translated ?? '', /translation\.md:\d+: frontmatter field "translated": an ISO date such as 2022-02-10 \(found /, `translated: ${value}`);
  }
  assert.deepEqual(check('content/reports/zh/gutang.md', 'published', '2022-03-02', 'report'), []);
  // Quoted, and the date of the latest revision, which `translated` must be.
  assert.deepEqual(check('content/reports/en/gutang.md', 'translated', '"2026-11-30"', 'translation'), []);
});
