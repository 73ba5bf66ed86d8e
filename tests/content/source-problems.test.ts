/**
 * The source problems the edition settles by rule (the 凡例 of the Method page), checked on the real
 * corpus: no space between Han and Latin letters or digits in the normalized reading, each removed one
 * recorded; no paragraph that has lost its final punctuation; certainty given honestly, a probable
 * intervention saying why, a certain repair of encoding damage proved byte by byte; unreadable text kept,
 * not removed; the newspaper's byline kept in the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderedCorpus } from '../support/corpus.ts';
import { certainties } from '../../src/edition/reasons.ts';
import { titleId } from '../../src/edition/anchors.ts';

const corpus = await renderedCorpus();

/** An ASCII space with a Han character on one side and a Latin letter or digit on the other. */
const interScriptSpace = /\p{Script=Han} +(?=[0-9A-Za-z])|[0-9A-Za-z] +(?=\p{Script=Han})/gu;

test('no normalized reading has an ASCII space between a Han character and a Latin letter or digit', () => {
  for (const entry of corpus)
    for (const anchor of entry.rendered.anchors) {
      const found = anchor.text.match(interScriptSpace);
      assert.equal(found, null, `${entry.path}#${anchor.id}: “${found?.join('”, “')}” (the stylesheet spaces Han and Latin; the text holds no space)`);
    }
});

test('the stylesheet draws the space between Han and Latin that the normalized reading leaves out', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const rule = /\[lang\|='zh'\]\s*\{([^}]*)\}/.exec(css);
  assert.ok(rule, "global.css has a rule for [lang|='zh']");
  assert.match(rule[1]!, /text-autospace:\s*normal;/);
});

test('every space between Han and Latin or digits that a source printed in the text is recorded as an intervention', () => {
  let total = 0;
  for (const entry of corpus) {
    const { anchors, editorial } = entry.rendered;
    // Text the normalized reading shows: headings, paragraphs, shown blocks, and fragments where they were printed.
    const moved = new Set(editorial.filter((entry) => entry.kind === 'moved').map((entry) => entry.anchor));
    const shown = anchors.filter((anchor) => anchor.kind !== 'block' || anchor.text !== '' || moved.has(anchor.id));
    const printed = shown.reduce((sum, anchor) => sum + ((anchor.printed ?? '').replace(/\n/g, '').match(interScriptSpace)?.length ?? 0), 0);
    const recorded = editorial.filter((entry) => entry.why === 'script-space');
    assert.ok(
      recorded.every((entry) => entry.kind === 'corr' && entry.sic === ' ' && entry.reading === ''),
      `${entry.path}: a script-space mark removes one space`,
    );
    assert.equal(recorded.length, printed, `${entry.path}: ${printed} such spaces printed, ${recorded.length} removals recorded`);
    total += printed;
  }
  assert.ok(total > 0, 'the corpus has such spaces (Jingjiang’s 2021 section), so this test can fail');
});

test('every paragraph of the normalized reading ends its last sentence', () => {
  for (const entry of corpus)
    for (const anchor of entry.rendered.anchors)
      if (anchor.kind === 'paragraph') assert.match(anchor.text, /[。！？…”’」）]$/u, `${entry.path}#${anchor.id} ends “…${anchor.text.slice(-12)}”`);
});

test('every intervention is certain or probable, and a probable one says in its note why it is not certain', () => {
  for (const entry of corpus)
    for (const intervention of entry.rendered.editorial) {
      const where = `${entry.path}#${intervention.anchor} (mark ${intervention.index}, line ${intervention.line})`;
      assert.ok((certainties as readonly string[]).includes(intervention.cert), `${where}: certainty ${intervention.cert}`);
      // A ::moved block shares its fragment's certainty; the fragment carries the note.
      if (intervention.cert === 'probable' && intervention.kind !== 'moved') assert.ok(intervention.note?.trim(), `${where}: probable, but no note says why`);
    }
});

const gbk = new TextDecoder('gbk');
const bytes = (hex: string[]) => Uint8Array.from(hex.join('').match(/../g)!.map((pair) => parseInt(pair, 16)));
/** Full-width ASCII forms (！？) as the damaged sources print them, in ASCII. */
const ascii = (text: string) => text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

test('every certain repair of encoding damage names the GBK bytes of what it restores, and how they were misread', () => {
  let proved = 0;
  for (const entry of corpus)
    for (const repair of entry.rendered.editorial) {
      if (repair.why !== 'encoding' || repair.kind !== 'corr' || repair.cert !== 'certain') continue;
      const where = `${entry.path}#${repair.anchor}: ${repair.sic} → ${repair.reading}`;
      const note = repair.note ?? '';
      assert.match(note, /\bGBK\b/, `${where}: the note names no GBK bytes`);
      // Each restored character is one of the byte pairs the note names.
      const pairs = new Set((note.match(/\b[0-9A-F]{4}\b/g) ?? []).map((pair) => gbk.decode(bytes([pair]))));
      for (const character of repair.reading.replace(/[\x20-\x7e]/g, '')) assert.ok(pairs.has(character), `${where}: ${character} is not among the bytes of the note`);
      // "Read one byte out of step": the first byte stood alone (printed ?), the rest paired off wrongly.
      if (/one byte out of step/.test(note)) {
        const run = note.slice(note.indexOf('GBK') + 3, note.indexOf('read one byte out of step')).match(/\b[0-9A-F]{2,4}\b/g) ?? [];
        const misread = '?' + ascii(gbk.decode(bytes(run).slice(1))).replace(/\ufffd$/, '');
        assert.equal(misread, repair.sic, `${where}: the bytes read one byte out of step do not give what was printed`);
      }
      proved++;
    }
  assert.ok(proved >= 5, 'Wenyan’s five repairs are checked');
});

test('Jingjiang’s unreadable run is kept in both readings as unresolved, not removed', () => {
  const entry = corpus.find((candidate) => candidate.slug === 'jingjiang')!;
  const run = '等的 克建敏体建设。';
  const mark = entry.rendered.editorial.find((intervention) => intervention.sic === run);
  assert.ok(mark, 'the run is marked');
  assert.equal(mark.kind, 'unclear');
  const paragraph = entry.rendered.anchors.find((anchor) => anchor.id === mark.anchor)!;
  assert.ok(paragraph.text.startsWith(run) && paragraph.printed?.startsWith(run), 'shown in both readings');
  assert.match(entry.rendered.html, /<span class="ed-unclear-text">等的 克建敏体建设。<\/span>/);
  assert.ok(!entry.rendered.editorial.some((intervention) => intervention.kind === 'del' && intervention.why === 'garbled'), 'no garbled text is removed');
});

test('Jingjiang’s byline stands under the headline in the normalized reading, and where it was printed is marked', () => {
  const entry = corpus.find((candidate) => candidate.slug === 'jingjiang')!;
  const byline = '文/金盛翔 通讯员 潘燕萍 图片由靖江街道提供';
  const { anchors, editorial } = entry.rendered;
  const after = anchors.slice(anchors.findIndex((anchor) => anchor.id === titleId) + 1);
  assert.equal(after[0]?.text, byline, 'the first thing after the headline');
  assert.equal(after[1]?.kind, 'paragraph', 'then the lead');
  const moved = editorial.find((intervention) => intervention.kind === 'moved' && intervention.sic === byline);
  assert.ok(moved && anchors.find((anchor) => anchor.id === moved.anchor)?.printed === byline, 'printed where the OCR read it');
  assert.ok(!editorial.some((intervention) => intervention.kind === 'del' && intervention.sic === byline), 'not removed');
});
