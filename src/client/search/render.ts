/**
 * Rendering for the search page: the status line, the matching reports five
 * at a time ("Show more results"), each with its first paragraphs and
 * highlighted excerpts ("more in this report" shows the rest), and the count
 * per report. Everything from the query or the index reaches the page as text
 * nodes, and the query is echoed inside <bdi> (its direction isolated from
 * the message around it); the only markup is the page's own elements.
 */
import { excerpt, type ParsedQuery } from '../../lib/query.ts';
import { highlighter, readingOrder, resultSteps } from '../../lib/search-plan.ts';
import type { Hit } from './loader.ts';
import type { Say, SayParts, SearchMessageKey } from './messages.ts';
import { htmlLang } from '../../i18n/languages.ts';

/** A message with each value from outside (the query, a filter from the URL) as text in its own <bdi>. */
export type Echo = (key: SearchMessageKey, values: Record<string, string | number>) => (string | Node)[];

/** The results part of the search page (#search-status, #search-results, #town-counts). */
export function resultsView(root: HTMLElement, say: Say, sayParts: SayParts) {
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const results = root.querySelector<HTMLElement>('#search-results')!;
  const countsBox = root.querySelector<HTMLElement>('#town-counts')!;
  const counts = countsBox.querySelector('ul')!;
  const echo: Echo = (key, values) => sayParts(key, values).map((part) => (typeof part.value === 'string' ? element('bdi', '', part.value) : part.text));
  return {
    /**
     * Says something in the status line; `data-state` tells scripts and tests
     * where the search is (searching, done, error) without reading the words.
     */
    status(text: string | (string | Node)[], state: 'searching' | 'done' | 'error' = 'done') {
      status.replaceChildren(...(typeof text === 'string' ? [text] : text));
      status.dataset.state = state;
    },
    echo,
    /** Empties the results, the counts and the "more" button before a new search. */
    clear() {
      results.replaceChildren();
      root.querySelector('.search-more')?.remove();
      countsBox.hidden = true;
    },
    /**
     * Lists the reports of `candidates` that have matching paragraphs, five at
     * a time: loads the hits of the next candidates until five new reports
     * show, none is left or a step's budget of index pages is spent
     * (resultSteps), then offers the rest. The parts of a long report are
     * candidates of their own; their hits join the report's. `stale` says a
     * newer search has started.
     */
    async show<Candidate>(query: ParsedQuery, candidates: Candidate[], hitsOf: (candidate: Candidate) => Promise<Hit[]>, notes: (string | Node)[][], stale: () => boolean) {
      const reports = new Map<string, ReturnType<typeof reportView>>();
      // Paragraphs by report and anchor: one found in both languages counts once.
      const paragraphs = new Set<string>();
      let next = 0;
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'search-more';
      counts.replaceChildren();
      // After each step: what was found so far, and how much is not yet checked (a step's work is bounded,
      // so a step may find nothing among the reports it checked and offer the rest).
      const summary = () => {
        const found = paragraphs.size ? echo('search.summary', { q: query.text, n: paragraphs.size, towns: reports.size }) : echo('search.none', { q: query.text });
        const scope = next < candidates.length ? [[say('search.partial', { shown: next, total: candidates.length })]] : [];
        status.replaceChildren(...found, ...[...scope, ...notes].flatMap((note) => [' ', ...note]));
        status.dataset.state = 'done';
      };
      const showMore = async () => {
        more.disabled = true;
        if (next) {
          status.textContent = say('search.loading');
          status.dataset.state = 'searching';
        }
        let added = 0;
        let opened = 0;
        while (added < resultSteps.reports && opened < resultSteps.fragments && next < candidates.length) {
          const batch = candidates.slice(next, next + Math.min(resultSteps.reports - added, resultSteps.fragments - opened));
          next += batch.length;
          opened += batch.length;
          const found = await Promise.all(batch.map(hitsOf));
          if (stale()) return;
          for (const hits of found) {
            if (!hits.length) continue; // the characters, not the term
            const slug = hits[0]!.meta.slug!;
            for (const hit of hits) paragraphs.add(`${slug}#${hit.anchor}`);
            const known = reports.get(slug);
            if (known) {
              known.add(hits);
              continue;
            }
            const view = reportView(hits, say);
            reports.set(slug, view);
            added++;
            results.append(view.section);
            counts.append(view.count);
          }
        }
        countsBox.hidden = reports.size === 0;
        summary();
        more.textContent = say('search.more', { n: candidates.length - next });
        more.disabled = false;
        if (next < candidates.length) results.after(more);
        else more.remove();
      };
      more.addEventListener('click', () => void showMore());
      await showMore();
    },
  };
}

/**
 * A report's matching paragraphs, in reading order: where each is, its language, and its excerpt.
 * The first few show; a button shows more, a few at a time (resultSteps). Hits found later (another
 * part of a long report, or the other language) join the list.
 */
function reportView(first: Hit[], say: Say) {
  const { meta } = first[0]!;
  const hits: Hit[] = [];
  let shown = resultSteps.hitsPerReport;
  const section = element('section', 'results-town');
  section.id = `results-${meta.slug}`;
  const heading = document.createElement('h2');
  const found = element('span', 'count');
  heading.append(`${meta.town} `, found);
  const list = document.createElement('ol');
  const more = element('button', 'report-more');
  more.type = 'button';
  more.addEventListener('click', () => {
    const from = list.children.length;
    shown += resultSteps.morePerReport;
    draw();
    // The reader's place: the first paragraph just shown.
    list.querySelector<HTMLAnchorElement>(`li:nth-child(${from + 1}) a`)?.focus();
  });
  const count = document.createElement('li');
  const countLink = element('a', '');
  countLink.href = `#${section.id}`;
  count.append(countLink);
  section.append(heading, list, more);

  const draw = () => {
    // Paragraphs, not hits: a paragraph found in Chinese and in English is one.
    const paragraphs = new Set(hits.map((hit) => hit.anchor)).size;
    found.textContent = `${meta.title} (${say('search.results', { n: paragraphs })})`;
    countLink.textContent = `${meta.town} ${meta.years} (${paragraphs})`;
    // Only what is shown is drawn: a report with thousands of matching paragraphs costs a few elements.
    for (const hit of hits.slice(list.children.length, shown)) list.append(resultItem(hit, say));
    const rest = hits.length - list.children.length;
    more.textContent = say('search.moreInReport', { n: rest });
    more.hidden = rest <= 0;
  };
  const add = (incoming: Hit[]) => {
    hits.push(...incoming);
    // Those with the words side by side first; then reading order, a paragraph's Chinese before its English.
    hits.sort((a, b) => Number(b.together) - Number(a.together) || readingOrder(a.anchor, b.anchor) || Number(a.language === 'en') - Number(b.language === 'en'));
    // The order may have changed above the fold: draw the shown ones again.
    list.replaceChildren();
    draw();
  };
  add(first);
  return { section, count, add };
}

function resultItem(hit: Hit, say: Say) {
  const item = element('li', 'result');
  item.lang = htmlLang[hit.language];
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'result-link';
  link.append(element('span', 'result-where', `${hit.meta.place} · #${hit.anchor}`));
  const text = element('p', 'result-excerpt');
  // Text, and <mark> around the matches (the odd pieces).
  text.append(...excerpt(hit.text, highlighter(hit.job)).map((piece, place) => (place % 2 ? element('mark', '', piece) : piece)));
  item.append(link, element('span', 'result-language', say(`search.language.${hit.language}`)), text);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}
