/**
 * The real corpus (content/), rendered once per test process and shared by
 * every test file that reads it. `npm run test:unit` runs its files in one
 * process (`--test-isolation=none`), so the corpus is rendered once per run;
 * a file run on its own renders it for itself. The entries are frozen, so a
 * test cannot change what another test sees (copy before editing).
 */
import { loadCorpus, type CorpusEntry } from '../../scripts/lib/corpus.ts';

let shared: Promise<CorpusEntry[]> | undefined;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The corpus of content/, rendered on first use. */
export function renderedCorpus(): Promise<CorpusEntry[]> {
  shared ??= loadCorpus().then(deepFreeze);
  return shared;
}
