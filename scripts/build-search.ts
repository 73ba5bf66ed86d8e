/**
 * npm run build:search — after `astro build`, writes the Pagefind indexes:
 * dist/pagefind/zh (normalized simplified Chinese, Pagefind's Chinese
 * segmentation) and dist/pagefind/en (the translation, English stemming).
 * Two bundles, not one mixed index: each language keeps its own analyzer, and
 * the search page loads only the bundle a query needs.
 */
import * as pagefind from 'pagefind';
import { loadCorpus } from '../src/lib/corpus.ts';
import { searchRecords, type SearchRecord } from '../src/lib/search-records.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const contentDir = process.env.CONTENT_DIR ?? 'content';

const started = performance.now();
// Record URLs are site-relative: Pagefind prefixes the base path it finds its bundle under.
const records = (await loadCorpus(contentDir)).flatMap((entry) => searchRecords(entry, '/'));

for (const language of ['zh', 'en'] as const) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const own = records.filter((record: SearchRecord) => record.language === language);
  for (const record of own) {
    const response = await index.addCustomRecord(record);
    if (response.errors.length) throw new Error(`pagefind: ${record.url}: ${response.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind/${language}` });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  console.log(`pagefind/${language}: ${own.length} records`);
}
await pagefind.close();
console.log(`search index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
