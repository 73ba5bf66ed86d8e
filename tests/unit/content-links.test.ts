/**
 * Links in a real report and its translation, through the pipeline the build
 * uses (loadCorpus renders as the content loader does): an unsafe scheme, a
 * link to a host the edition does not list and an image from another host
 * stop with the file and line; a listed host is linked with
 * rel="noopener noreferrer". Each rule on its own, with every way Markdown
 * writes an address: tests/plugins/fixtures/remark-links/.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../scripts/lib/corpus.ts';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const zh = readFileSync('content/reports/zh/gutang.md', 'utf8');
const en = readFileSync('content/reports/en/gutang.md', 'utf8');
const paragraph = '**深化精准服务**';
const line = zh.slice(0, zh.indexOf(paragraph)).split('\n').length;

/** A content folder holding gutang, with `link` written before the paragraph 深化精准服务 (or in the English). */
function withLink(link: string, lang: 'zh' | 'en' = 'zh') {
  const dir = mkdtempSync(join(tmpdir(), 'town-reports-links-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'reports/zh'), { recursive: true });
  mkdirSync(join(dir, 'reports/en'), { recursive: true });
  writeFileSync(join(dir, 'reports/zh/gutang.md'), lang === 'zh' ? zh.replace(paragraph, `${link}${paragraph}`) : zh);
  writeFileSync(join(dir, 'reports/en/gutang.md'), lang === 'en' ? en.replace('# Gutang Subdistrict', `# ${link}Gutang Subdistrict`) : en);
  return dir;
}

test('javascript:, vbscript: and data: links in a report stop the build with file and line', async () => {
  for (const link of [
    '[详情](javascript:alert(1))',
    '[详情](jav&#x61;script:alert(1))',
    '<javascript:alert(1)>',
    '[详情](vbscript:msgbox(1))',
    '[详情](data:text/html;base64,PHNjcmlwdD4=)',
  ]) {
    const scheme = /(java|vb)script|data/.exec(link.replace('&#x61;', 'a'))![0];
    await assert.rejects(loadCorpus(withLink(link)), new RegExp(`reports/zh/gutang\\.md:${line}:1: a "${scheme}:" link is not allowed`), link);
  }
});

test('a link to a host the edition does not list, and an image from another host, stop the build', async () => {
  await assert.rejects(loadCorpus(withLink('[外链](https://evil.example/phish)')), new RegExp(`gutang\\.md:${line}:1: a link to "evil.example", a host the edition does not list`));
  await assert.rejects(loadCorpus(withLink('![](https://evil.example/t.png)')), new RegExp(`gutang\\.md:${line}:1: an image from "evil.example" is not allowed`));
  await assert.rejects(loadCorpus(withLink('[the tracker](https://evil.example/) ', 'en')), /reports\/en\/gutang\.md:\d+:3: a link to "evil\.example"/);
});

test('a link to a listed host is rendered with rel="noopener noreferrer"; a relative link as written', async () => {
  const [entry] = await loadCorpus(withLink('[许可](https://creativecommons.org/licenses/by/4.0/)[关于](../../about/)'));
  assert.match(entry!.rendered.html, /<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/" rel="noopener noreferrer">许可<\/a><a href="\.\.\/\.\.\/about\/">关于<\/a>/);
});
