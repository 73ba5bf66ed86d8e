/**
 * npm run anchors:record — adds newly published ids to content/anchors.json.
 * It never removes one: an id that disappears must get an alias in
 * content/anchor-aliases.json pointing at its new place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCorpus } from '../src/lib/corpus.ts';

const path = 'content/anchors.json';
const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;
let added = 0;
for (const entry of await loadCorpus()) {
  const known = new Set(snapshot[entry.slug] ?? []);
  const ids = snapshot[entry.slug] ?? [];
  for (const anchor of entry.rendered.anchors)
    if (!known.has(anchor.id)) {
      ids.push(anchor.id);
      added++;
    }
  snapshot[entry.slug] = ids;
}
const lines = Object.keys(snapshot)
  .sort()
  .map((slug) => `  ${JSON.stringify(slug)}: ${JSON.stringify(snapshot[slug])}`);
writeFileSync(path, `{\n${lines.join(',\n')}\n}\n`);
console.log(`${path}: ${added} new id(s) recorded`);
