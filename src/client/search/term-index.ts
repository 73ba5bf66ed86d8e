/**
 * The term index in the browser (src/lib/search-terms.ts): a Chinese query
 * that is one term of the vocabulary (a glossary term, a place name), or an
 * English one that is a glossary phrase, is answered from each shard's bucket
 * file, which names exactly the pages that contain it, best first; only their
 * fragments are opened, and Pagefind's index is not read. A term outside the vocabulary, a query with filters or
 * with more than one term is Pagefind's (./loader.ts).
 */
import { bucketFile, englishKey, paragraphsOf, parseFragment, termMatcher, type FragmentData, type Posting, type TermBucket } from '../../lib/search-terms.ts';
import type { Filters, Language, SearchJob } from '../../lib/search-plan.ts';
import { withBase } from '../../lib/routes.ts';

/** A page of the answer, shaped as Pagefind's results are, so the page lists it the same way. */
export interface TermResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string>; sub_results: { url: string; title: string; plain_excerpt: string }[] }>;
}

export interface TermIndex {
  /** The term a job asks for, if the term index may answer it: one Chinese term, or an English phrase, searched alone, without filters. */
  termOf(job: SearchJob, filters: Filters): string | undefined;
  /** The pages that contain the term, best first; undefined when the term is not in the vocabulary. */
  lookup(term: string): Promise<TermResult[] | undefined>;
}

/** The term index of one language's shards in these folders (under the base). */
export function openTermIndex(language: Language, folders: string[]): TermIndex {
  const files = new Map<string, Promise<unknown>>();
  const json = <T>(path: string) => {
    if (!files.has(path))
      files.set(
        path,
        fetch(withBase(path))
          .then((response) => {
            if (!response.ok) throw new Error(`${path}: ${response.status}`);
            return response.json();
          })
          .catch((error: unknown) => {
            // Not kept: the next query asks again.
            files.delete(path);
            throw error;
          }),
      );
    return files.get(path) as Promise<T>;
  };
  return {
    termOf(job, filters) {
      if (job.language !== language || Object.values(filters).some((filter) => filter.any.length)) return undefined;
      if (language === 'en') return englishKey(job.text).includes(' ') ? englishKey(job.text) : undefined;
      const [term, ...others] = job.wholeTerms;
      return term && !others.length && job.text === term && /^\p{Script=Han}+$/u.test(term) ? term : undefined;
    },
    async lookup(term) {
      if (!folders.length) return undefined;
      let buckets: TermBucket[];
      try {
        buckets = await Promise.all(folders.map((folder) => json<TermBucket>(`${folder}${bucketFile(term)}`)));
      } catch {
        // No term index (an edition built before it): Pagefind answers.
        return undefined;
      }
      if (buckets.some((bucket) => !Object.hasOwn(bucket, term))) return undefined;
      const shards = folders.map((folder, k) => ({ folder, entry: buckets[k]![term]! }));
      // The best pages of every shard, best first; then the rest of each shard, read when the reader gets that far.
      const first = shards.flatMap(({ folder, entry }) => entry.p.map((posting) => ({ folder, posting })));
      first.sort((a, b) => b.posting[1] - a.posting[1]);
      const count = termMatcher(term);
      const results = first.map(({ folder, posting }, i) => result(`${term}:${i}`, folder, posting[1], count, async () => posting));
      for (const { folder, entry } of shards) {
        if (!entry.rest) continue;
        const rest = entry.rest;
        for (let i = 0; i < entry.n - entry.p.length; i++)
          results.push(
            result(`${term}:${results.length}`, folder, 0, count, async () => {
              const posting = (await json<Record<string, Posting[]>>(`${folder}${rest}`))[term]?.[i];
              if (!posting) throw new Error(`${folder}${rest}: no page ${i} for ${term}`);
              return posting;
            }),
          );
      }
      return results;
    },
  };
}

/** A page of the answer; its paragraphs that contain the term, read from its fragment when the page lists it. */
function result(id: string, folder: string, weight: number, count: (text: string) => number, posting: () => Promise<Posting>): TermResult {
  return {
    id,
    score: weight,
    async data() {
      const [fragment] = await posting();
      const data = await fragmentData(`${folder}fragment/${fragment}.pf_fragment`);
      return {
        url: data.url,
        meta: data.meta,
        sub_results: paragraphsOf(data)
          .filter(({ text }) => count(text.toLowerCase()) > 0)
          .map(({ anchor, text }) => ({ url: data.url, title: anchor, plain_excerpt: text })),
      };
    },
  };
}

/** A Pagefind fragment, un-gzipped here (Pagefind's files are served as they are written, gzipped). */
async function fragmentData(path: string): Promise<FragmentData> {
  const response = await fetch(withBase(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const plain = gzipped ? new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()) : bytes;
  const data = parseFragment<FragmentData>(plain);
  if (!data) throw new Error(`${path}: not a Pagefind fragment`);
  return data;
}
