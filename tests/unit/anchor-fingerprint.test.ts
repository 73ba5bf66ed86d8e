/**
 * The fingerprint of an anchor's text and the rule that decides whether two
 * texts are the same passage (scripts/lib/anchor-fingerprint.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  anchorText,
  compare,
  decodeSketch,
  editRatio,
  fingerprintText,
  isFingerprint,
  levenshtein,
  shingles,
  sketch,
  sketchOf,
  sketchSimilarity,
  SKETCH,
} from '../../scripts/lib/anchor-fingerprint.ts';

const paragraph =
  '精准谋划空间布局。进一步深化推动“北接南扩”，构建“一路双边、南闲北工”和“一中心、多节点”的发展格局，加快编制街道国土空间规划，推进城市有机更新，合理布局产业、居住、公共服务和生态空间，提升城乡融合发展水平。';
const other =
  '精细提升建管水平。以城乡风貌提升为重点，强化城市色彩和形态管理，全域推进环卫保洁、绿化养护、市政维养“三个一体化”。高质量完成老旧小区、国道铁路沿线环境综合整治，全面优化集镇道路综合秩序。';
const third = '精致建设美丽乡村。全域开展农村景区化建设，分步分区推进污水管网改造，不断优化农村人居环境，打造一批美丽乡村精品村和特色村，推动乡村旅游和美丽经济发展。';

function exactJaccard(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  const both = [...x].filter((value) => y.has(value)).length;
  return both / (x.size + y.size - both);
}

test('a short text is stored whole, a long one as a prefix with a sketch', () => {
  const heading = fingerprintText('一、实施转型升级争速工程，增强经济发展实力。');
  assert.deepEqual(heading, {
    sha: createHash('sha256').update('一、实施转型升级争速工程，增强经济发展实力。').digest('hex').slice(0, 12),
    len: 22,
    text: '一、实施转型升级争速工程，增强经济发展实力。',
  });
  const long = fingerprintText(paragraph);
  assert.equal(long.len, Array.from(paragraph).length);
  assert.equal(long.text, `${Array.from(paragraph).slice(0, 24).join('')}…`);
  assert.match(long.sig!, /^([0-9a-f]{8}){32}$/);
  assert.deepEqual(decodeSketch(long.sig!), sketch(paragraph));
  assert.ok(isFingerprint(heading) && isFingerprint(long));
  assert.ok(!isFingerprint({ ...long, sig: undefined }) && !isFingerprint({ ...heading, sha: 'x' }) && !isFingerprint(null));
});

test('a removed block is named by its printed reading; whitespace is collapsed', () => {
  assert.equal(anchorText({ kind: 'block', text: '', printed: '索引号:\n 1133/2022' }), '索引号: 1133/2022');
  assert.equal(anchorText({ kind: 'paragraph', text: '  古塘  街道 ' }), '古塘 街道');
});

test('shingles are character 3-grams; a text shorter than three is its own shingle', () => {
  assert.deepEqual([...shingles('古塘街道')], ['古塘街', '塘街道']);
  assert.deepEqual([...shingles('图片')], ['图片']);
  assert.equal(shingles('').size, 0);
});

test('the sketch similarity is exact for small sets and close for long texts', () => {
  const a = '实效一经济发展稳中向好';
  const b = '实效二经济发展稳中向好';
  assert.equal(sketchSimilarity(sketch(a), sketch(b)), exactJaccard(a, b));
  assert.equal(sketchSimilarity(sketch(paragraph), sketch(paragraph)), 1);
  assert.equal(sketchSimilarity([], []), 1);
  assert.equal(sketch(paragraph).length, SKETCH);
  const corrected = paragraph.replace('深化推动', '深入推进');
  assert.ok(Math.abs(sketchSimilarity(sketch(paragraph), sketch(corrected)) - exactJaccard(paragraph, corrected)) < 0.15);
  assert.ok(sketchSimilarity(sketch(paragraph), sketch(other)) < 0.2);
});

test('edit distance and its ratio', () => {
  assert.equal(levenshtein('kitten', 'sitting'), 3);
  assert.equal(levenshtein('古塘街道', '古塘镇'), 2);
  assert.equal(editRatio('高效能治理前进步伐', '高效能治理前进步伐'), 1);
  assert.equal(editRatio('', ''), 1);
  assert.equal(editRatio('ab', 'cd'), 0);
});

test('the rule: a correction of a few characters is the same passage, other text is not', () => {
  const long = fingerprintText(paragraph);
  const same = (a: string, b: string) => compare(fingerprintText(a), fingerprintText(b));

  assert.deepEqual(compare(long, fingerprintText(paragraph)), { same: true, similarity: 1, measure: 'identical', threshold: 0.5 });
  for (const corrected of [
    paragraph.replace('构建', '构筑'),
    paragraph.replace('深化推动', '深入推进'),
    paragraph.replace('合理布局', '合理地布局'),
    paragraph.replace('，提升', '提升'),
  ])
    assert.equal(same(paragraph, corrected).same, true, corrected);
  const different = same(paragraph, other);
  assert.equal(different.same, false);
  assert.equal(different.measure, 'jaccard');
  // Joined with longer text, it is no longer the same passage (Jaccard about |p| / |p + q|);
  // joined with a short one, it still mostly is (and the id after it shifts or is gone).
  assert.equal(same(paragraph, paragraph + other + third).same, false);
  assert.equal(same(paragraph, `${paragraph}奔竞不息，勇立潮头。`).same, true);

  // Headings, short and stored whole: the edit-distance ratio, at least 0.75.
  const heading = same('高效能治理前进步伐', '高效能治理前近步伐');
  assert.equal(heading.measure, 'edit-ratio');
  assert.equal(heading.same, true);
  assert.equal(same('高效能治理前进步伐', '高效能治里前近步伐').same, true, '2 of 9 characters');
  assert.equal(same('高效能治理前进步伐', '高效能冶里前近步代').same, false, '4 of 9 characters');
  assert.equal(same('实效二城镇建设阔步向前', '实效六政府建设持续加强').same, false);
  assert.equal(same('——聚焦项目建设，大力提升城镇能级', '——聚焦政府建设，倾力提质服务效能').same, false);

  // A short text against a long one: the sketch, which is exact for the short one.
  assert.equal(same('奔竞不息，勇立潮头。', paragraph).same, false);
  assert.deepEqual(sketchOf(fingerprintText('奔竞不息，勇立潮头。')), sketch('奔竞不息，勇立潮头。'));
});
