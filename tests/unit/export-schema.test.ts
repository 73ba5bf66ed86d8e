/**
 * The edition's export schema (published at /data/schema.json) is strict: ajv compiles it in strict
 * mode, every field is typed, its $id is an absolute address; and every export is checked against it
 * before it is published (src/build/report-export.ts), so an export that fails it stops the build with
 * what is wrong. The published files themselves: tests/e2e/data.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { assertValidExport, exportedTranslation, exportReport, exportSchema, type ReportExport } from '../../src/lib/exports.ts';
import { reportSchema, translationSchema } from '../../src/lib/schema.ts';
import { toIsoDate } from '../../src/lib/format.ts';
import { renderedCorpus } from '../support/corpus.ts';

const corpus = await renderedCorpus();
const id = 'https://example.org/town-reports/data/schema.json';

/** A report's export as the build makes it (src/build/report-export.ts, which needs Astro for its URLs). */
function exportOfEntry(entry: (typeof corpus)[number]): ReportExport {
  const meta = reportSchema.parse(entry.data);
  const translation = entry.translation && translationSchema.parse(entry.translation.data);
  const url = (path: string) => `https://example.org/town-reports/${path}`;
  return exportReport({
    slug: entry.slug,
    meta: { ...meta, published: meta.published && toIsoDate(meta.published) },
    anchors: entry.rendered.anchors,
    editorial: entry.rendered.editorial,
    english: entry.translation?.rendered.anchors,
    translation: translation && exportedTranslation(translation),
    version: '1.0.0',
    urls: {
      zh: url(`zh/reports/${entry.slug}/`),
      en: url(`en/reports/${entry.slug}/`),
      source: url(`sources/${meta.source.file}`),
      markdown: url(`data/reports/${entry.slug}.zh.md`),
    },
  });
}

/** Every subschema that describes a value, with its path: the properties, items and alternatives. */
function* subschemas(schema: Record<string, unknown>, path = '#'): Generator<[string, Record<string, unknown>]> {
  yield [path, schema];
  for (const [name, child] of Object.entries((schema.properties as Record<string, Record<string, unknown>> | undefined) ?? {}))
    yield* subschemas(child, `${path}/properties/${name}`);
  if (schema.items) yield* subschemas(schema.items as Record<string, unknown>, `${path}/items`);
  for (const [index, child] of ((schema.anyOf as Record<string, unknown>[] | undefined) ?? []).entries()) yield* subschemas(child, `${path}/anyOf/${index}`);
}

test('the export schema compiles in ajv strict mode, types every field, and has an absolute $id', () => {
  const schema = exportSchema(id);
  assert.doesNotThrow(() => new Ajv2020({ strict: true }).compile(schema));
  assert.equal(new URL(schema.$id).href, id);
  const untyped = [...subschemas(schema)].filter(([, child]) => !('type' in child) && !('anyOf' in child)).map(([path]) => path);
  assert.deepEqual(untyped, [], 'every value has a type');
  // The metadata and the translation are described field by field, and nothing else may stand in them.
  const metadata = schema.properties.metadata as { properties: Record<string, unknown>; additionalProperties: boolean; required: string[] };
  assert.equal(metadata.additionalProperties, false);
  for (const field of ['slug', 'town', 'title', 'published', 'yearsCovered', 'source', 'notes']) assert.ok(field in metadata.properties, `metadata.${field} is described`);
  assert.ok(!metadata.required.includes('published'), 'published is optional (dateSupplied stands in)');
});

test('every report of the corpus exports data that follows the schema', () => {
  for (const entry of corpus) assert.doesNotThrow(() => assertValidExport(exportOfEntry(entry)), entry.slug);
});

test('an export that does not follow the schema is refused with what is wrong', () => {
  const valid = exportOfEntry(corpus.find((entry) => entry.slug === 'gutang')!);
  const broken = (change: (copy: ReportExport & { metadata: Record<string, unknown> }) => void) => {
    const copy = structuredClone(valid) as ReportExport & { metadata: Record<string, unknown> };
    change(copy);
    return () => assertValidExport(copy);
  };
  assert.throws(
    broken((copy) => (copy.blocks = [])),
    /data\/reports\/gutang\.json does not follow the edition's schema \(data\/schema\.json\): \/blocks must NOT have fewer than 1 items/,
  );
  // What z.coerce.date made of `published: 20220301`: a 1970 timestamp, never an ISO date.
  assert.throws(
    broken((copy) => (copy.metadata.published = '1970-01-01T05:37:00.301Z')),
    /\/metadata\/published must match pattern/,
  );
  assert.throws(
    broken((copy) => (copy.metadata.yearsCovered = '2022')),
    /\/metadata\/yearsCovered must be array/,
  );
  assert.throws(
    broken((copy) => (copy.metadata.invented = true)),
    /\/metadata must NOT have additional properties/,
  );
  assert.throws(
    broken((copy) => (copy.blocks[0]!.kind = 'list' as never)),
    /\/blocks\/0\/kind must be equal to one of the allowed values/,
  );
  assert.throws(
    broken((copy) => (copy.urls.zh = '/zh/reports/gutang/')),
    /\/urls\/zh must match pattern/,
  );
});
