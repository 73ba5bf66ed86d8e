/**
 * The TEI P5 export (src/lib/tei.ts) of the five reports: every anchor is an element with its id, and
 * reading it back by the rules its header states gives both readings the report page shows (sic, orig,
 * ruby: the printed reading; corr, reg, supplied, gap as □: the normalized one), for every section,
 * paragraph and editorial block; the translation is a parallel text whose paragraphs point at the
 * Chinese; the header names the source as received and the edition's version and licence. Validation
 * against tei_all is slower and runs with the integration tests (tests/integration/tei.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderedCorpus } from '../support/corpus.ts';
import { elementsById, parseXml, readTei, teiReportOf, type XmlElement } from '../support/tei.ts';
import { corpusMember, teiXml } from '../../src/lib/tei.ts';
import { edition } from '../../src/lib/edition-info.ts';

const corpus = await renderedCorpus();
const files = corpus.map((entry) => ({ entry, xml: teiXml(teiReportOf(entry)) }));

const descendants = (root: XmlElement, name: string): XmlElement[] => {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    if (node.name === name) found.push(node);
    for (const child of node.children) if (typeof child !== 'string') walk(child);
  };
  walk(root);
  return found;
};

test('reading each TEI element back gives the printed and the normalized reading of its anchor, for every anchor of every report', () => {
  const problems: string[] = [];
  let compared = 0;
  for (const { entry, xml } of files) {
    const byId = elementsById(parseXml(xml));
    for (const anchor of entry.rendered.anchors) {
      const element = byId.get(anchor.id);
      if (!element) {
        problems.push(`${entry.slug} ${anchor.id}: no element with this xml:id`);
        continue;
      }
      const normalized = readTei(element, 'normalized');
      if (normalized !== anchor.text) problems.push(`${entry.slug} ${anchor.id} normalized:\n  TEI:  ${normalized}\n  page: ${anchor.text}`);
      if (anchor.printed !== undefined) {
        const printed = readTei(element, 'printed');
        if (printed !== anchor.printed) problems.push(`${entry.slug} ${anchor.id} printed:\n  TEI:  ${printed}\n  page: ${anchor.printed}`);
      }
      compared++;
    }
  }
  assert.deepEqual(problems, []);
  assert.equal(compared, corpus.reduce((sum, entry) => sum + entry.rendered.anchors.length, 0));
});

test('the editorial marks are TEI: corrections as choice/sic+corr with cert and resp, lacunae as gap with reason and quantity, pinyin as ruby', () => {
  const wenyan = files.find(({ entry }) => entry.slug === 'wenyan')!;
  const all = parseXml(wenyan.xml);
  const corr = descendants(all, 'corr');
  assert.ok(corr.length > 0 && corr.every((element) => ['high', 'medium'].includes(element.attributes.cert!) && element.attributes.resp === '#editors'));
  const gaps = descendants(all, 'gap');
  assert.ok(gaps.length > 0 && gaps.every((gap) => gap.attributes.reason && Number(gap.attributes.quantity) >= 1 && gap.attributes.unit === 'chars'));
  const ruby = descendants(all, 'ruby');
  // Every printed pinyin annotation that the page shows as ruby is a TEI ruby with its rb and rt.
  assert.equal(ruby.length, wenyan.entry.rendered.html.match(/<ruby>/g)?.length);
  assert.ok(ruby.length > 500);
  assert.ok(ruby.every((element) => element.children.map((child) => (typeof child === 'string' ? '#text' : child.name)).join() === 'rb,rt'));
  assert.equal(descendants(all, 'note').filter((note) => note.attributes.type === 'pinyin').length, 4);
});

test('removed chrome is fw, restored fragments point to where they were printed and back', () => {
  const jingjiang = parseXml(files.find(({ entry }) => entry.slug === 'jingjiang')!.xml);
  const byId = elementsById(jingjiang);
  assert.equal(byId.get('s0-x1')?.name, 'fw');
  assert.equal(byId.get('s0-x1')?.attributes.type, 'masthead');
  const supplied = descendants(jingjiang, 'supplied').filter((element) => element.attributes.reason === 'transposed');
  assert.ok(supplied.length > 0);
  for (const element of supplied) {
    const source = byId.get(element.attributes.source!.slice(1));
    assert.equal(source?.attributes.type, 'moved', `${element.attributes['xml:id']}: @source ${element.attributes.source}`);
    assert.equal(source?.attributes.corresp, `#${element.attributes['xml:id']}`);
  }
});

test('the translation is a parallel text whose paragraphs and sections point at the Chinese, and every term points into the header’s taxonomy', () => {
  for (const { entry, xml } of files) {
    const root = parseXml(xml);
    const byId = elementsById(root);
    const english = descendants(root, 'text').find((text) => text.attributes['xml:lang'] === 'en');
    assert.ok(english, `${entry.slug}: no English text`);
    const aligned = entry.rendered.anchors.filter((anchor) => anchor.kind !== 'block' && anchor.id !== 's0').map((anchor) => `#${anchor.id}`);
    const pointers = [...descendants(english, 'p'), ...descendants(english, 'div')].map((element) => element.attributes.corresp).filter((value) => value !== '#s0');
    assert.deepEqual(pointers.sort(), aligned.sort(), entry.slug);
    for (const term of descendants(root, 'term').filter((element) => element.attributes.ref)) {
      assert.equal(byId.get(term.attributes.ref!.slice(1))?.name, 'category', `${entry.slug}: ${term.attributes.ref}`);
    }
  }
});

test('the header names the source as received (file, SHA-256), the edition’s version and licence, the titles in both languages and the places', () => {
  for (const { entry, xml } of files) {
    const source = entry.data.source as { file: string; sha256: string };
    const idnos = Object.fromEntries(descendants(parseXml(xml), 'idno').map((idno) => [idno.attributes.type, idno.children.join('')]));
    assert.equal(idnos.filename, source.file);
    assert.equal(idnos['SHA-256'], source.sha256);
    assert.match(xml, new RegExp(`<edition n="${edition().version.replaceAll('.', '\\.')}">`));
    assert.match(xml, /<licence target="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/">/);
    const title = entry.data.title as { zh: string; en: string };
    assert.ok(xml.includes(`<title type="main" xml:lang="zh">${title.zh}</title>`), entry.slug);
    assert.ok(xml.includes(`<placeName xml:lang="zh">${(entry.data.town as { zh: string }).zh}</placeName>`), entry.slug);
  }
});

test('in the corpus file each report’s ids and pointers carry its slug, so that they stay unique and resolve', () => {
  const members = files.map(({ entry, xml }) => corpusMember(xml, entry.slug));
  const root = parseXml(`<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${members.join('\n')}</teiCorpus>`);
  const all: string[] = [];
  const walk = (node: XmlElement) => {
    if (node.attributes['xml:id']) all.push(node.attributes['xml:id']);
    for (const child of node.children) if (typeof child !== 'string') walk(child);
  };
  walk(root);
  assert.equal(new Set(all).size, all.length, 'duplicate xml:id in the corpus');
  assert.ok(all.includes('wenyan.s2-p3') && all.includes('jingjiang.s0-x1'));
  const byId = elementsById(root);
  const dangling: string[] = [];
  const check = (node: XmlElement) => {
    for (const name of ['corresp', 'ref', 'resp', 'source', 'who']) for (const token of (node.attributes[name] ?? '').split(/\s+/)) if (token.startsWith('#') && !byId.has(token.slice(1))) dangling.push(`${name}=${token}`);
    for (const child of node.children) if (typeof child !== 'string') check(child);
  };
  check(root);
  assert.deepEqual(dangling, []);
});

test('a character XML cannot hold stops the export with the report and anchor where it stands', () => {
  const report = teiReportOf(corpus.find((entry) => entry.slug === 'gutang')!);
  const target = report.blocks.find((block) => block.html.includes('。'))!;
  const blocks = report.blocks.map((block) => (block === target ? { ...block, html: block.html.replace('。', '\u0007。') } : block));
  assert.throws(() => teiXml({ ...report, blocks }), new RegExp(`^Error: gutang ${target.id}: U\\+0007 cannot stand in XML 1\\.0`));
});
