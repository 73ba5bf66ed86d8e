/**
 * The anchor contract, checked and recorded (npm run check:anchors,
 * npm run anchors:record): every id ever published is in
 * <content>/anchors.json with a fingerprint of the text it named, and must
 * still name that text — in place, or at the end of its alias chain in
 * <content>/anchor-aliases.json. Fingerprints and the similarity rule are in
 * anchor-fingerprint.ts.
 *
 * checkAnchors reports, with the file, the id, the recorded and the current
 * text: an id that names different text; an id that is gone without an alias;
 * a recorded report that is gone; a translation without its Chinese report;
 * an alias that points nowhere, forms a cycle or is shadowed by an id that
 * still exists; an id that is not recorded yet.
 *
 * recordAnchors adds new ids, refreshes the fingerprint of an id whose text
 * changed below the threshold (a correction: the record follows the text, so
 * that corrections do not add up to a false alarm), and re-records a changed
 * id or forgets a gone id or report only when told to (--accept,
 * --accept-removed). It writes nothing unless the result passes checkAnchors.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpus, type CorpusEntry } from './corpus.ts';
import { anchorText, compare, fingerprint, isFingerprint, isWhole, PREFIX, type Fingerprint } from './anchor-fingerprint.ts';
import { titleId } from '../../src/edition/anchors.ts';

/** slug → id → fingerprint; null for an id recorded by the old, list-only format. */
export type Snapshot = Record<string, Record<string, Fingerprint | null>>;
export type Aliases = Record<string, Record<string, string>>;

export type ProblemKind =
  'changed' | 'gone' | 'alias-changed' | 'report-gone' | 'orphan-translation' | 'alias-nowhere' | 'alias-cycle' | 'alias-shadowed' | 'unrecorded' | 'unfingerprinted' | 'malformed';

export interface Problem {
  kind: ProblemKind;
  file: string;
  slug: string;
  id?: string;
  message: string;
}

export interface CheckResult {
  problems: Problem[];
  /** Ids whose text changed below the threshold: anchors:record refreshes their fingerprints. */
  corrected: { slug: string; id: string; similarity: number }[];
  reports: number;
  ids: number;
}

export interface Paths {
  contentDir: string;
  snapshot: string;
  aliases: string;
}

export function contentPaths(contentDir = 'content'): Paths {
  return { contentDir, snapshot: `${contentDir}/anchors.json`, aliases: `${contentDir}/anchor-aliases.json` };
}

/** Reads anchors.json; the old format (slug → list of ids) reads as ids without fingerprints. */
export function readSnapshot(path: string): Snapshot {
  if (!existsSync(path)) return {};
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const snapshot: Snapshot = {};
  for (const [slug, value] of Object.entries(raw)) {
    const ids: Record<string, Fingerprint | null> = {};
    if (Array.isArray(value)) for (const id of value) ids[String(id)] = null;
    else if (value && typeof value === 'object') for (const [id, print] of Object.entries(value)) ids[id] = print as Fingerprint;
    snapshot[slug] = ids;
  }
  return snapshot;
}

export function readAliases(path: string): Aliases {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Aliases) : {};
}

/** One line per id, so that a diff shows which ids were added or re-recorded. */
export function serializeSnapshot(snapshot: Snapshot): string {
  const slugs = Object.keys(snapshot).sort();
  const blocks = slugs.map((slug) => {
    const entries = Object.entries(snapshot[slug]!);
    if (!entries.length) return `  ${JSON.stringify(slug)}: {}`;
    const lines = entries.map(([id, print]) => {
      const value = print ? { sha: print.sha, len: print.len, text: print.text, ...(print.sig === undefined ? {} : { sig: print.sig }) } : null;
      return `    ${JSON.stringify(id)}: ${JSON.stringify(value)}`;
    });
    return `  ${JSON.stringify(slug)}: {\n${lines.join(',\n')}\n  }`;
  });
  return blocks.length ? `{\n${blocks.join(',\n')}\n}\n` : '{}\n';
}

/** The start of a text, as the messages quote it. */
export function quote(text: string): string {
  const chars = Array.from(text);
  return `“${chars.length > PREFIX ? `${chars.slice(0, PREFIX).join('')}…` : text}”`;
}

function quoteRecorded(print: Fingerprint | null): string {
  if (!print) return '(no fingerprint recorded)';
  return `“${print.text}”${isWhole(print) ? '' : ` (${print.len} characters)`}`;
}

interface Current {
  entry: CorpusEntry;
  texts: Map<string, string>;
  prints: Map<string, Fingerprint>;
}

function indexEntry(entry: CorpusEntry): Current {
  const texts = new Map<string, string>();
  const prints = new Map<string, Fingerprint>();
  for (const anchor of entry.rendered.anchors) {
    texts.set(anchor.id, anchorText(anchor));
    prints.set(anchor.id, fingerprint(anchor));
  }
  return { entry, texts, prints };
}

/** Follows an alias chain; `cycle` when it comes back on itself. */
function follow(map: Record<string, string>, id: string): { target?: string; cycle?: string[] } {
  const chain = [id];
  let current = id;
  while (Object.hasOwn(map, current)) {
    current = map[current]!;
    if (chain.includes(current)) return { cycle: [...chain, current] };
    chain.push(current);
  }
  return { target: current === id ? undefined : current };
}

/** Where a recorded text went, if another id of the report now names it. */
function whereNow(print: Fingerprint | null, current: Current, except: string): string | undefined {
  if (!print) return undefined;
  for (const [id, other] of current.prints) if (id !== except && compare(print, other).same) return id;
  return undefined;
}

export interface CheckInput {
  contentDir?: string;
  /** The snapshot to check (default: <content>/anchors.json). */
  snapshot?: Snapshot;
  aliases?: Aliases;
  corpus?: CorpusEntry[];
}

export async function checkAnchors(input: CheckInput = {}): Promise<CheckResult> {
  const paths = contentPaths(input.contentDir);
  const snapshot = input.snapshot ?? readSnapshot(paths.snapshot);
  const aliases = input.aliases ?? readAliases(paths.aliases);
  const corpus = input.corpus ?? (await loadCorpus(paths.contentDir));
  const zhFile = (slug: string) => `${paths.contentDir}/reports/zh/${slug}.md`;
  const problems: Problem[] = [];
  const corrected: CheckResult['corrected'] = [];
  const bySlug = new Map(corpus.map((entry) => [entry.slug, indexEntry(entry)]));
  const accept = (slug: string, id: string) => `npm run anchors:record -- --accept ${slug}#${id}`;

  // A translation needs its Chinese report.
  const enDir = `${paths.contentDir}/reports/en`;
  if (existsSync(enDir))
    for (const name of readdirSync(enDir)
      .filter((name) => name.endsWith('.md'))
      .sort()) {
      const slug = name.slice(0, -3);
      if (!bySlug.has(slug))
        problems.push({
          kind: 'orphan-translation',
          file: `${enDir}/${name}`,
          slug,
          message: `${enDir}/${name}: a translation without its Chinese report ${zhFile(slug)}; restore the report, or remove the translation too (and see anchors.json for its ids)`,
        });
    }

  // A recorded report must still exist.
  for (const [slug, ids] of Object.entries(snapshot)) {
    if (bySlug.has(slug)) continue;
    const recorded = Object.entries(ids);
    const [firstId, firstPrint] = recorded.find(([id]) => id === titleId) ?? recorded[0] ?? [];
    problems.push({
      kind: 'report-gone',
      file: zhFile(slug),
      slug,
      id: firstId,
      message:
        `${zhFile(slug)}: report "${slug}" is gone, but anchors.json records ${recorded.length} published id(s) of it` +
        (firstId ? `, #${firstId} ${quoteRecorded(firstPrint ?? null)} among them` : '') +
        `; now: (no report).\n  Every citation of /reports/${slug}/ would break. Restore the file, or if the removal is a reviewed decision: npm run anchors:record -- --accept-removed ${slug}`,
    });
  }

  for (const [slug, current] of bySlug) {
    const file = current.entry.path;
    const recorded = snapshot[slug] ?? {};
    const map = aliases[slug] ?? {};

    // Aliases must lead somewhere, without cycles, from an id that no longer exists.
    for (const [from, to] of Object.entries(map)) {
      const { target, cycle } = follow(map, from);
      if (cycle)
        problems.push({
          kind: 'alias-cycle',
          file,
          slug,
          id: from,
          message: `${file}: the aliases of #${from} form a cycle (${cycle.map((id) => `#${id}`).join(' → ')}) in ${paths.aliases}`,
        });
      else if (!target || !current.texts.has(target))
        problems.push({
          kind: 'alias-nowhere',
          file,
          slug,
          id: from,
          message: `${file}: alias #${from} → #${to} in ${paths.aliases} points nowhere: #${target ?? to} does not exist`,
        });
      else if (current.texts.has(from))
        problems.push({
          kind: 'alias-shadowed',
          file,
          slug,
          id: from,
          message: `${file}: alias #${from} → #${to} is never followed, since #${from} still exists (now ${quote(current.texts.get(from)!)}); remove the alias`,
        });
    }

    const unfingerprinted: string[] = [];
    for (const [id, print] of Object.entries(recorded)) {
      if (print !== null && !isFingerprint(print)) {
        problems.push({ kind: 'malformed', file, slug, id, message: `${paths.snapshot}: the fingerprint of ${slug}#${id} is malformed; run npm run anchors:record` });
        continue;
      }
      const here = current.prints.get(id);
      if (print === null) {
        unfingerprinted.push(id);
        if (here || follow(map, id).target) continue;
      }
      if (here) {
        if (!print) continue;
        const result = compare(print, here);
        if (result.same) {
          if (result.measure !== 'identical') corrected.push({ slug, id, similarity: result.similarity });
          continue;
        }
        const moved = whereNow(print, current, id);
        problems.push({
          kind: 'changed',
          file,
          slug,
          id,
          message:
            `${file}: #${id} now names different text (${describe(result)}):\n` +
            `  recorded: ${quoteRecorded(print)}\n` +
            `  now:      ${quote(current.texts.get(id)!)}\n` +
            (moved ? `  The recorded text is now at #${moved}.\n` : '') +
            `  Every citation of #${id} would point at other text. Undo the insertion, deletion, join or split; ` +
            `or, if the change is a reviewed decision, re-record it: ${accept(slug, id)}`,
        });
        continue;
      }
      const { target, cycle } = follow(map, id);
      if (cycle) continue; // reported with the aliases
      if (!target) {
        const moved = whereNow(print, current, id);
        problems.push({
          kind: 'gone',
          file,
          slug,
          id,
          message:
            `${file}: published id #${id} is gone and has no alias:\n` +
            `  recorded: ${quoteRecorded(print)}\n` +
            `  now:      (no such id)\n` +
            (moved
              ? `  The recorded text is now at #${moved}: add "${id}": "${moved}" under "${slug}" in ${paths.aliases}.\n`
              : `  Add an alias to its new place in ${paths.aliases}, `) +
            `${moved ? '  Or' : 'or'}, if its removal is a reviewed decision: ${accept(slug, id)}`,
        });
        continue;
      }
      const there = current.prints.get(target);
      if (!there || !print) continue; // an alias to nowhere is reported with the aliases
      const result = compare(print, there);
      if (result.same) {
        if (result.measure !== 'identical') corrected.push({ slug, id, similarity: result.similarity });
        continue;
      }
      problems.push({
        kind: 'alias-changed',
        file,
        slug,
        id,
        message:
          `${file}: #${id} is gone and its alias leads to #${target}, which names different text (${describe(result)}):\n` +
          `  recorded: ${quoteRecorded(print)}\n` +
          `  now:      ${quote(current.texts.get(target)!)} at #${target}\n` +
          `  Point the alias at the id that names the recorded text, or if this is a reviewed decision: ${accept(slug, id)}`,
      });
    }

    if (unfingerprinted.length)
      problems.push({
        kind: 'unfingerprinted',
        file,
        slug,
        id: unfingerprinted[0],
        message: `${file}: ${unfingerprinted.length} id(s) recorded without a fingerprint (the old, list-only format of ${paths.snapshot}): ${unfingerprinted
          .slice(0, 5)
          .map((id) => `#${id}`)
          .join(', ')}${unfingerprinted.length > 5 ? ', …' : ''}; run npm run anchors:record`,
      });

    const unrecorded = [...current.texts.keys()].filter((id) => !Object.hasOwn(recorded, id));
    if (unrecorded.length)
      problems.push({
        kind: 'unrecorded',
        file,
        slug,
        id: unrecorded[0],
        message:
          `${file}: ${unrecorded.length} id(s) not recorded in ${paths.snapshot}: ` +
          unrecorded
            .slice(0, 5)
            .map((id) => `#${id} ${quote(current.texts.get(id)!)}`)
            .join(', ') +
          `${unrecorded.length > 5 ? ', …' : ''}; run npm run anchors:record`,
      });
  }

  const ids = [...bySlug.values()].reduce((sum, current) => sum + current.texts.size, 0);
  return { problems, corrected, reports: bySlug.size, ids };
}

function describe(result: ReturnType<typeof compare>): string {
  const name = result.measure === 'edit-ratio' ? 'edit-distance ratio' : 'similarity of 3-grams';
  return `${name} ${result.similarity.toFixed(2)}, the same text needs ≥ ${result.threshold}`;
}

export interface RecordOptions {
  contentDir?: string;
  /** `slug#id`, or a bare `id` if only one report has a change at that id. */
  accept?: string[];
  /** Slugs of reports whose removal is accepted. */
  acceptRemoved?: string[];
  /** Write anchors.json (default true). */
  write?: boolean;
}

export interface RecordResult {
  ok: boolean;
  problems: Problem[];
  /** Errors in the options themselves (an --accept that matches nothing, an ambiguous id). */
  errors: string[];
  added: number;
  refreshed: number;
  converted: number;
  accepted: string[];
  snapshot: Snapshot;
}

/** Problems that a reviewed --accept can resolve. */
const acceptable = new Set<ProblemKind>(['changed', 'gone', 'alias-changed']);

export async function recordAnchors(options: RecordOptions = {}): Promise<RecordResult> {
  const paths = contentPaths(options.contentDir);
  const original = readSnapshot(paths.snapshot);
  const aliases = readAliases(paths.aliases);
  const corpus = await loadCorpus(paths.contentDir);
  const before = await checkAnchors({ contentDir: paths.contentDir, snapshot: original, aliases, corpus });
  const errors: string[] = [];
  const accepted: string[] = [];

  // Which problems the --accept options name.
  const acceptedKeys = new Set<string>();
  const changes = before.problems.filter((problem) => acceptable.has(problem.kind));
  for (const spec of options.accept ?? []) {
    const hash = spec.indexOf('#');
    const matches = changes.filter((problem) => (hash >= 0 ? `${problem.slug}#${problem.id}` === spec : problem.id === spec.replace(/^#/, '')));
    if (!matches.length) errors.push(`--accept ${spec}: no id with a changed or missing text matches it (nothing to accept)`);
    else if (matches.length > 1)
      errors.push(`--accept ${spec} is ambiguous: ${matches.map((problem) => `${problem.slug}#${problem.id}`).join(', ')}; name the report, as <slug>#<id>`);
    else acceptedKeys.add(`${matches[0]!.slug}#${matches[0]!.id}`);
  }
  const removed = new Set<string>();
  for (const slug of options.acceptRemoved ?? []) {
    if (!Object.hasOwn(original, slug)) errors.push(`--accept-removed ${slug}: no such report in ${paths.snapshot}`);
    else if (corpus.some((entry) => entry.slug === slug)) errors.push(`--accept-removed ${slug}: the report still exists (${paths.contentDir}/reports/zh/${slug}.md)`);
    else removed.add(slug);
  }

  // The candidate snapshot.
  const snapshot: Snapshot = {};
  let added = 0;
  let refreshed = 0;
  let converted = 0;
  for (const [slug, ids] of Object.entries(original)) {
    if (removed.has(slug)) {
      accepted.push(`report ${slug} removed (${Object.keys(ids).length} recorded ids forgotten)`);
      continue;
    }
    snapshot[slug] = { ...ids };
  }
  for (const entry of corpus) {
    const ids = (snapshot[entry.slug] ??= {});
    const map = aliases[entry.slug] ?? {};
    const current = indexEntry(entry);
    for (const [id, print] of Object.entries(ids)) {
      const key = `${entry.slug}#${id}`;
      const target = current.prints.has(id) ? id : follow(map, id).target;
      const now = target ? current.prints.get(target) : undefined;
      if (acceptedKeys.has(key)) {
        if (now) {
          ids[id] = now;
          accepted.push(`${key} re-recorded: ${quoteRecorded(print)} → ${quote(current.texts.get(target!)!)}${target !== id ? ` (at #${target})` : ''}`);
        } else {
          delete ids[id];
          accepted.push(`${key} forgotten (gone, was ${quoteRecorded(print)})`);
        }
        continue;
      }
      if (!now) continue;
      if (print === null) {
        ids[id] = now;
        converted++;
      } else if (isFingerprint(print) && print.sha !== now.sha && compare(print, now).same) {
        ids[id] = now;
        refreshed++;
      }
    }
    for (const [id, print] of current.prints)
      if (!Object.hasOwn(ids, id)) {
        ids[id] = print;
        added++;
      }
  }

  const after = await checkAnchors({ contentDir: paths.contentDir, snapshot, aliases, corpus });
  const ok = !errors.length && !after.problems.length;
  if (ok && options.write !== false) writeFileSync(paths.snapshot, serializeSnapshot(snapshot));
  return { ok, problems: after.problems, errors, added, refreshed, converted, accepted, snapshot };
}
