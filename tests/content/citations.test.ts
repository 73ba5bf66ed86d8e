/**
 * Citations, checked by tools the edition did not write: citeproc-js with
 * the official CSL styles (src/csl/), Better BibTeX's parser
 * (@retorquere/bibtex-parser), the RIS tag grammar. Every report, both
 * languages; every section and paragraph in
 * tests/integration/citations-every-paragraph.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import CSL from 'citeproc';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { citationWorks } from '../support/citation-works.ts';
import { formatTypes } from '../../src/lib/bibliography.ts';
import { edition } from '../../src/lib/edition-info.ts';
import { citationTemplates, formatCitations } from '../../src/lib/citations.ts';
import { citationFormats, fillCitations, quotationLink, sentinels, withAccessDate } from '../../src/lib/cite-fill.ts';
import { ris } from '../../src/lib/formats/ris.ts';
import { keepTitlesIntact } from '../../src/lib/formats/citeproc.ts';

const site = 'https://edition.example.net';
const works = await citationWorks(site);

/** citeproc-js driven directly, as any CSL client would: official style, official locale, the downloadable CSL-JSON. */
function citeprocReference(styleFile: string, item: { id: string }): string {
  const locales: Record<string, string> = { 'zh-CN': readFileSync('src/csl/locales-zh-CN.xml', 'utf8'), 'en-US': readFileSync('src/csl/locales-en-US.xml', 'utf8') };
  const engine = new CSL.Engine({ retrieveLocale: (code: string) => locales[code] ?? locales['en-US'], retrieveItem: () => item }, readFileSync(`src/csl/${styleFile}.csl`, 'utf8'), 'zh-CN', true);
  engine.setOutputFormat('text');
  engine.updateItems([item.id]);
  const bibliography = engine.makeBibliography();
  assert.ok(bibliography, `${styleFile} makes a bibliography`);
  return bibliography[1].join('').trim().replace(/^\[1\]\s*/, '');
}

// Making a report's templates runs citeproc for every kind of locator (seconds each): the unit tier
// compares one report in both languages; every report, section and paragraph is compared in
// tests/integration/citations-every-paragraph.test.ts.
test('the dialog’s strings, filled in the browser, equal citeproc-js’s for a report, its first section and its first and last paragraphs, in both languages', () => {
  const sample = works.filter((entry) => entry.slug === 'jingjiang');
  assert.equal(sample.length, 2);
  for (const { slug, lang, work, anchors } of sample) {
    const templates = citationTemplates(work);
    for (const anchor of [undefined, anchors.find((id) => !id.includes('-')), anchors.find((id) => id.includes('-p')), anchors.findLast((id) => id.includes('-p'))])
      for (const today of ['2026-01-05', '2027-11-30']) {
        const expected = formatCitations(work, anchor, today);
        assert.deepEqual(fillCitations(templates, anchor, today), expected, `${slug} (${lang}) #${anchor ?? 'report'} ${today}`);
        // The printed citation (PrintCitation.astro): the sentinel date at build time, the reader's date put in by the browser.
        const printed = fillCitations(templates, anchor, sentinels.date);
        for (const format of citationFormats)
          assert.deepEqual(
            printed[format].map((part) => withAccessDate(part.text, today)),
            expected[format].map((part) => part.text),
            `${slug} (${lang}) #${anchor ?? 'report'} ${format} accessed ${today}`,
          );
      }
  }
});

test('GB/T 7714 (numeric and author-date) is exactly what citeproc-js makes of the CSL-JSON offered for download', () => {
  for (const { slug, lang, work } of works)
    for (const anchor of [undefined, 's1-p1']) {
      const citations = formatCitations(work, anchor, '2026-11-30');
      const [item] = JSON.parse(citations['csl-json'][0]!.text);
      for (const [format, file] of [['gbt7714-numeric', 'china-national-standard-gb-t-7714-2015-numeric'], ['gbt7714-author-date', 'china-national-standard-gb-t-7714-2015-author-date']] as const)
        assert.equal(citations[format][0]!.text, citeprocReference(file, item), `${slug} (${lang}) ${format}`);
    }
});

test('every BibLaTeX entry parses without error in Better BibTeX’s parser, with the fields biblatex expects', () => {
  for (const { slug, lang, work } of works)
    for (const anchor of [undefined, 's1-p2']) {
      const text = formatCitations(work, anchor, '2026-11-30').biblatex[0]!.text;
      const parsed = parseBibtex(text);
      assert.deepEqual(parsed.errors, [], `${slug} (${lang}): ${JSON.stringify(parsed.errors)}`);
      const [entry] = parsed.entries;
      assert.equal(entry?.type, formatTypes[work.type].biblatex);
      const fields = entry!.fields as Record<string, unknown>;
      assert.equal(fields.title, work.title, `${slug}: title intact`);
      assert.equal(fields.urldate, '2026-11-30');
      assert.ok(!('month' in fields) && !('year' in fields), 'biblatex date, not a legacy month');
      if (work.date) assert.match(String(fields.date), /^\d{4}(-\d{2}-\d{2})?$/);
      assert.match(String(fields.addendum), new RegExp(`${edition().version}`), 'the edition and its version are credited');
      if (work.type === 'newspaper-article') assert.ok(fields.journaltitle, 'a newspaper article names its newspaper');
      if (lang === 'en') {
        assert.ok(fields.origtitle, 'the translation keeps the original title');
        assert.ok(fields.translator || /trans\. Town Reports editorial team/.test(String(fields.addendum)), 'and credits its translators');
      }
    }
});

test('every RIS line is a tag line, and a 300-character title survives whole', () => {
  const tagLine = /^[A-Z][A-Z0-9] {2}- .*$/;
  for (const { slug, lang, work } of works) {
    const text = formatCitations(work, 's1-p1', '2026-11-30').ris[0]!.text;
    for (const line of text.replace(/\n+$/, '').split('\n')) assert.match(line, tagLine, `${slug} (${lang}): ${line}`);
    assert.equal(text.match(/^TY {2}- (.+)$/m)?.[1], formatTypes[work.type].ris);
  }
  const long = { ...works[0]!.work, title: `${'Integration of Industry and City in Modern Communities, '.repeat(6)}to a High Standard`, abstract: 'line one\nline two' };
  const record = ris(long, { accessed: '2026-11-30' });
  assert.equal(record.match(/^TI {2}- (.+)$/m)?.[1], long.title);
  for (const line of record.replace(/\n+$/, '').split('\n')) assert.match(line, tagLine);
  assert.ok(!/Integrati on|C ommunities/.test(record));
});

test('one document, one type: CSL, BibLaTeX, RIS and the page’s Zotero type agree for every report', () => {
  const expected = { jingjiang: 'newspaper-article', wenyan: 'document', suoqian: 'web-article', taoyan: 'report', gutang: 'report' } as const;
  for (const { slug, work } of works) {
    assert.equal(work.type, expected[slug as keyof typeof expected], slug);
    const citations = formatCitations(work, undefined, '2026-11-30');
    assert.equal(JSON.parse(citations['csl-json'][0]!.text)[0].type, formatTypes[work.type].csl);
    assert.ok(citations.biblatex[0]!.text.startsWith(`@${formatTypes[work.type].biblatex}{`));
  }
});

test('nothing invented: a source without author or date gets none, a supplied date stays in brackets', () => {
  for (const { slug, lang, work } of works.filter((entry) => entry.slug === 'wenyan' || entry.slug === 'taoyan')) {
    const citations = formatCitations(work, undefined, '2026-11-30');
    const [item] = JSON.parse(citations['csl-json'][0]!.text);
    assert.equal(item.author, undefined, `${slug}: no author`);
    assert.deepEqual(item.issued, { literal: '[2022]' });
    assert.ok(!/^AU /m.test(citations.ris[0]!.text) && !/author =/.test(citations.biblatex[0]!.text), `${slug} (${lang})`);
    for (const format of ['gbt7714-numeric', 'chicago', 'apa'] as const) assert.match(citations[format].map((part) => part.text).join('\n'), /\[2022\]/, `${slug} ${format}`);
  }
});

test('titles stay intact: no punctuation is pushed inside a Chinese title’s own quotation marks', () => {
  for (const { slug, lang, work } of works) {
    const citations = formatCitations(work, 's1', '2026-11-30');
    const chinese = lang === 'zh' ? work.title : work.originalTitle!;
    const text = Object.values(citations).flat().map((part) => part.text).join('\n');
    assert.ok(text.includes(chinese) || text.includes(chinese.replace(/“/g, '‘').replace(/”/g, '’')), `${slug} (${lang}): the Chinese title appears whole`);
    if (/[”」』]$/.test(chinese)) for (const mark of [',', '.']) assert.ok(!text.includes(`${chinese.slice(0, -1)}${mark}${chinese.slice(-1)}`), `${slug} (${lang}): "${mark}" inside the title`);
  }
  assert.equal(keepTitlesIntact('originally published as 建设“标杆·高地,” https://x.', ['建设“标杆·高地”']), 'originally published as 建设“标杆·高地”, https://x.');
});

test('a paragraph citation carries its locator in each style’s convention, and the translation its credit', () => {
  const jingjiang = works.find((entry) => entry.slug === 'jingjiang' && entry.lang === 'en')!.work;
  const citations = formatCitations(jingjiang, 's2-p3', '2026-11-30');
  assert.match(citations.chicago[0]!.text, /sec\. 2, para\. 3/);
  assert.match(citations.chicago[0]!.text, /trans\. Town Reports editorial team/);
  assert.match(citations.chicago[2]!.text, /Town Reports, ed\. Town Reports editorial team, version /, 'the edition and its editors are credited');
  assert.match(citations.chicago[2]!.text, /Translated by Town Reports editorial team/);
  assert.match(citations.apa[1]!.text, /^\(Jin, 2022, Section 2, para\. 3\)$/);
  assert.match(citations.apa[0]!.text, /\(Town Reports editorial team, Trans\.\)/);
  assert.match(citations['gbt7714-numeric'][0]!.text, /#s2-p3\.$/);
  assert.match(citations.ris[0]!.text, /^A4 {2}- Town Reports editorial team$/m);
  // GB/T 7714 has no element for an edition a newspaper article is read in: its URL credits it.
  for (const format of ['chicago', 'apa', 'ris', 'biblatex', 'csl-json'] as const)
    assert.match(citations[format].map((part) => part.text).join('\n'), new RegExp(`version ${edition().version.replaceAll('.', '\\.')}`), `${format} names the edition's version`);
  const zh = formatCitations(works.find((entry) => entry.slug === 'jingjiang' && entry.lang === 'zh')!.work, 's0-p2', '2026-11-30');
  assert.match(zh.apa[0]!.text, /^金盛翔\. \(2022, February 10\)\. 高质量建设“产城融合标杆·临空数智高地” \[Building a /, 'APA in the Chinese interface: original title, its translation in brackets');
  assert.match(zh.chicago[0]!.text, /para\. 2/);
});

test('a quotation link names the paragraph and the words as a text fragment, escaping what the syntax reserves', () => {
  assert.equal(quotationLink('https://x.org/zh/reports/a/', 's2-p3', '数字化改革'), 'https://x.org/zh/reports/a/#s2-p3:~:text=%E6%95%B0%E5%AD%97%E5%8C%96%E6%94%B9%E9%9D%A9');
  const long = quotationLink('https://x.org/en/reports/a/', 's1-p1', 'Xiaoshan–Binjiang integration, a long run of words - and more & more to end here');
  const directive = long.split(':~:text=')[1]!;
  assert.equal(directive.split(',').length, 2, 'a long quotation is named by its start and end');
  assert.ok(!/[-&,]/.test(directive.replace(/%[0-9A-F]{2}/g, '').replace(/^([^,]*),/, '$1')), 'no bare -, & or , inside the words');
  assert.equal(decodeURIComponent(directive.split(',')[1]!), 'more to end here');
});
