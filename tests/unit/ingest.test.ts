/**
 * Ingest on each real source: it recognizes that source's heading and
 * metadata conventions, and its draft loses nothing (undoing its marks gives
 * back the source).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ingest } from '../../scripts/lib/ingest.ts';
import { markdownBlocks } from '../../scripts/lib/markdown-blocks.ts';
import { firstDifference, recoverSource } from '../support/recover.ts';

const sources = {
  jingjiang: '000_c303f142c6e86255.txt',
  wenyan: '001_5c6707e2467e516d.txt',
  suoqian: '002_8855c3636ff25db2.txt',
  taoyan: '003_4716113be698249b.txt',
  gutang: '004_857b8551fe8dfa88.txt',
};

const drafts = Object.fromEntries(
  Object.entries(sources).map(([slug, file]) => {
    const source = readFileSync(`sources/${file}`, 'utf8');
    return [slug, { source, ...ingest(source, file) }];
  }),
);

const headings = (markdown: string, depth: number) =>
  markdownBlocks(markdown)
    .filter((block) => block.type === 'heading' && block.depth === depth)
    .map((block) => block.text.slice(depth + 1));

for (const [slug, draft] of Object.entries(drafts)) {
  test(`${slug}: the draft loses nothing of its source`, () => {
    const difference = firstDifference(recoverSource(draft.markdown), draft.source);
    assert.equal(difference, undefined, JSON.stringify(difference));
  });

  test(`${slug}: the draft knows its town and source hash`, () => {
    assert.equal(draft.frontmatter.slug, slug);
    assert.match((draft.frontmatter.source as { sha256: string }).sha256, /^[0-9a-f]{64}$/);
  });
}

test('000 (newspaper): masthead and byline become marked metadata; display headings under year banners', () => {
  const { markdown, frontmatter } = drafts.jingjiang!;
  assert.equal(frontmatter.published, '2022-02-10');
  assert.deepEqual(frontmatter.creators, [
    { name: '杨君', pinyin: 'Yang Jun', role: 'editor', printed: '责任编辑:杨君', roleEn: 'responsible editor' },
    { name: '金盛翔', pinyin: 'Jin Shengxiang', role: 'author', printed: '文/金盛翔', roleEn: 'text' },
    { name: '潘燕萍', pinyin: 'Pan Yanping', role: 'contributor', printed: '通讯员 潘燕萍', roleEn: 'correspondent' },
  ]);
  assert.match(markdown, /::del\[2022年2月10日 星期四 责任编辑\\:杨君\]\{why="masthead"\}/);
  assert.match(markdown, /::del\[文\/金盛翔 通讯员 潘燕萍 图片由靖江街道提供\]\{why="byline"\}/);
  assert.deepEqual(headings(markdown, 2), ['2021 蹄疾步稳、赶超跨越的精彩故事', '2022 接力奋发、逐梦而行的崭新征程']);
  assert.ok(headings(markdown, 3).includes('高质量发展奋进态势'));
  assert.ok(headings(markdown, 3).includes('临空发展核心城\\:"结构合理、特色鲜明"的现代产业体系'));
});

test('001 (Traditional): title, four section headings, damage reported with line numbers', () => {
  const { markdown, frontmatter, warnings } = drafts.wenyan!;
  assert.equal(frontmatter.script, 'Hant');
  assert.equal(headings(markdown, 1).length, 1);
  assert.equal(headings(markdown, 2).length, 4);
  for (const line of [5, 11, 17, 18, 26])
    assert.ok(
      warnings.some((warning) => warning.includes(`:${line}:`)),
      `no warning for line ${line}`,
    );
});

test('002 (web article): breadcrumb, timestamp, footer and 13 image placeholders are marked; 实效 and ——聚焦 headings', () => {
  const { markdown, frontmatter } = drafts.suoqian!;
  assert.equal(frontmatter.kind, 'news-article');
  assert.equal(frontmatter.published, '2023-02-01');
  assert.deepEqual(frontmatter.corporateAuthor, { zh: '萧山所前', en: '' });
  assert.deepEqual(frontmatter.creators, [{ name: '朱莹莹', pinyin: 'Zhu Yingying', role: 'editor', printed: '编辑:朱莹莹', roleEn: 'editor' }]);
  assert.equal(markdown.match(/::del\[图片\]\{why="image"\}/g)?.length, 13);
  assert.equal(markdown.match(/\{why="chrome"\}/g)?.length, 3);
  const h3 = headings(markdown, 3);
  assert.equal(h3.filter((heading) => heading.startsWith('实效')).length, 6);
  assert.equal(h3.filter((heading) => heading.startsWith('——聚焦')).length, 6);
  assert.ok(headings(markdown, 2).includes('稳中求进:join{why="display"}不断开创各项事业发展新局面'));
});

test('003 (work report): (一)…(六) sections and bold run-in lead phrases', () => {
  const { markdown, frontmatter } = drafts.taoyan!;
  assert.equal(frontmatter.kind, 'work-report');
  assert.equal(headings(markdown, 2).length, 6);
  assert.match(headings(markdown, 2)[0]!, /^\(一\)以加快发展为核心/);
  assert.equal(markdown.match(/\*\*[^*]+\*\*。/g)?.length, 19);
});

test('004 (work plan): metadata block marked, 一、…五、 headings split from their paragraph', () => {
  const { markdown, frontmatter } = drafts.gutang!;
  assert.equal(frontmatter.kind, 'work-plan');
  assert.equal(frontmatter.documentNumber, '11330282677650558X/2022-152845');
  assert.deepEqual(frontmatter.publisher, { zh: '古塘街道', en: '' });
  assert.match(markdown, /:::del\{why="metadata"\}\n索引号\\:/);
  assert.deepEqual(
    headings(markdown, 2).map((heading) => heading.slice(0, 2)),
    ['一、', '二、', '三、', '四、', '五、'],
  );
  assert.match(markdown, /\*\*深化精准服务\*\*。坚持稳中求进/);
});
