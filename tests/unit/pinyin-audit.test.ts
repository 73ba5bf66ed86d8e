/**
 * The pinyin audit's logic (scripts/lib/pinyin-audit.ts) on small texts: which annotations it finds, the
 * reading pinyin-pro gives each in its word, and how a disagreement is flagged, accepted or left open.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptance, parseAccepted, printedAnnotations, sameReading, verdict, type Accepted } from '../../scripts/lib/pinyin-audit.ts';

const markdown = [
  '---',
  'script: Hant',
  '---',
  '',
  '# 經(jīng)濟(jì)增長(zhǎng)',
  '',
  '去年,:pinyin[長(zhǎng)]{read="cháng" why="pinyin" note="長安村 reads cháng"}安村實(shí)施改造,適當(dāng)布局。',
  '',
  '不給兒女添麻煩:corr[。”住進]{sic="?!弊∵M" why="encoding"}(jìn)福壽康,家長(zhǎng)說。',
  '',
  ':::del{why="metadata"}',
  '來源\\:區(qū)委',
  ':::',
  '',
  '::frag[文/張(zhāng)明]{id="byline" why="byline"}',
  '',
  '::moved{ref="byline"}',
].join('\n');

const annotations = printedAnnotations(markdown);

test('every annotation is found with its line, its character in both scripts, and pinyin-pro’s reading and word in context', () => {
  assert.deepEqual(
    annotations.map((annotation) => `${annotation.line} ${annotation.character}${annotation.simplified}(${annotation.printed}) ${annotation.expected} ${annotation.word}`),
    [
      '5 經经(jīng) jīng 经',
      '5 濟济(jì) jì 济',
      '5 長长(zhǎng) zhǎng 增长',
      '7 長长(zhǎng) cháng 长',
      '7 實实(shí) shí 实',
      '7 當当(dāng) dàng 适当',
      // The pinyin after a correction belongs to the corrected text's last character.
      '9 進进(jìn) jìn 进',
      '9 長长(zhǎng) zhǎng 家长',
      // A removed block's printed reading shows its ruby too.
      '12 區区(qū) qū 区',
      // So does a one-line block: a byline restored to its place (::frag), read once, where it stands.
      '15 張张(zhāng) zhāng 张',
    ],
  );
});

test('a :pinyin mark is read as the flag on its annotation', () => {
  assert.deepEqual(
    annotations.filter((annotation) => annotation.flag).map((annotation) => [annotation.character, annotation.flag]),
    [['長', { read: 'cháng', note: '長安村 reads cháng' }]],
  );
});

test('readings agree as toned syllables, ü written either way; a missing tone mark is a different reading', () => {
  assert.ok(sameReading('lǜ', 'lǜ'.normalize('NFD')));
  assert.ok(sameReading('nü', 'nv'));
  assert.ok(sameReading('Cháng', 'cháng'));
  assert.ok(!sameReading('wù', 'wu'));
  assert.ok(!sameReading('zhǎng', 'cháng'));
});

test('a disagreement is flagged, accepted by an entry whose context covers the character, or unreviewed', () => {
  const entry = (context: string): Accepted => ({ character: '當', printed: 'dāng', pinyinPro: 'dàng', context, reason: 'a reason long enough to be one' });
  const dang = annotations.find((annotation) => annotation.character === '當')!;
  assert.equal(verdict(dang, []), 'unreviewed');
  assert.equal(verdict(dang, [entry('适当布局')]), 'accepted');
  // The context must hold this very character, not merely occur near it.
  assert.equal(acceptance(dang, [entry('实施改造')]), undefined);
  assert.equal(acceptance(dang, [{ ...entry('适当布局'), printed: 'dǎng' }]), undefined);
  assert.equal(
    verdict(
      annotations.find((annotation) => annotation.flag)!,
      [],
    ),
    'flagged',
  );
  assert.equal(verdict(annotations[0]!, []), 'agrees');
});

test('a malformed accepted list is refused with the entry and field named', () => {
  assert.throws(
    () => parseAccepted('accepted:\n  - { character: 長, printed: zhang3, pinyinPro: cháng, context: 长安, reason: too short }\n'),
    /accepted\.0\.printed.*accepted\.0\.reason/s,
  );
  assert.throws(
    () => parseAccepted('accepted:\n  - { character: 長, printed: zhǎng, pinyinPro: cháng, context: 长安, reason: a reason long enough to be one, why: x }\n'),
    /accepted\.0/,
  );
});
