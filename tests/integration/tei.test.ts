/**
 * Each report's TEI file and the corpus file validate against the official TEI P5 tei_all RELAX NG
 * schema (schemas/tei/, P5 4.11.0), with libxml2's xmllint compiled to WebAssembly (xmllint-wasm, no
 * system package). The schema is compiled once for all six files (≈ 15 s on a busy machine).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateXML } from 'xmllint-wasm';
import { loadCorpus } from '../../scripts/lib/corpus.ts';
import { teiAllRng, teiReportOf } from '../support/tei.ts';
import { corpusMember, teiCorpusFrame, teiXml } from '../../src/lib/tei.ts';
import { edition } from '../../src/lib/edition-info.ts';

const schema = [{ fileName: 'tei_all.rng', contents: teiAllRng() }];
const validate = (xml: { fileName: string; contents: string }[]) => validateXML({ xml, schema, extension: 'relaxng', maxMemoryPages: 16384 });

const bad = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><sic>a</sic><bogus/></p></body></text></TEI>';

test('every report’s TEI file and the corpus file are valid TEI P5 (tei_all), and a file that is not is rejected', async () => {
  const corpus = await loadCorpus();
  const reports = corpus.map((entry) => ({ fileName: `${entry.slug}.tei.xml`, contents: teiXml(teiReportOf(entry)) }));
  const { head, tail } = teiCorpusFrame(edition(), { corpus: 'https://example.org/data/corpus.tei.xml', method: 'https://example.org/en/about/' });
  const whole = `${head}${reports.map((report, index) => `${corpusMember(report.contents, corpus[index]!.slug)}\n`).join('')}${tail}`;
  // One run compiles the schema once; the control file shows that the validator does reject.
  const result = await validate([...reports, { fileName: 'corpus.tei.xml', contents: whole }, { fileName: 'control-invalid.xml', contents: bad }]);
  const errors = (name: string) => result.errors.filter((error) => error.loc?.fileName === name).map((error) => error.rawMessage);
  for (const report of reports) assert.deepEqual(errors(report.fileName), [], report.fileName);
  assert.deepEqual(errors('corpus.tei.xml'), []);
  assert.ok(errors('control-invalid.xml').length > 0, 'the invalid control file passed: the validator checks nothing');
  assert.deepEqual(
    result.errors.filter((error) => !error.loc?.fileName),
    [],
  );
});
