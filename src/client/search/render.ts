/**
 * Rendering for the search page: the status line, the matching reports five
 * at a time ("Show more results"), each with its paragraphs and highlighted
 * excerpts, and the count per report. Everything from the query or the index
 * reaches the page as text nodes; the only markup is the page's own elements.
 */
import { excerpt, type ParsedQuery } from '../../lib/query.ts';
import type { Hit } from './loader.ts';
import type { Say } from './messages.ts';
import { htmlLang } from '../../i18n/languages.ts';

/** Reports listed at a time (each loads its index fragment); the next five load when the reader asks. */
const pageSize = 5;

/** The results part of the search page (#search-status, #search-results, #town-counts). */
export function resultsView(root: HTMLElement, say: Say) {
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const results = root.querySelector<HTMLElement>('#search-results')!;
  const countsBox = root.querySelector<HTMLElement>('#town-counts')!;
  const counts = countsBox.querySelector('ul')!;
  return {
    /**
     * Says something in the status line; `data-state` tells scripts and tests
     * where the search is (searching, done, error) without reading the words.
     */
    status(text: string, state: 'searching' | 'done' | 'error' = 'done') {
      status.textContent = text;
      status.dataset.state = state;
    },
    /** Empties the results, the counts and the "more" button before a new search. */
    clear() {
      results.replaceChildren();
      root.querySelector('.search-more')?.remove();
      countsBox.hidden = true;
    },
    /**
     * Lists the reports of `candidates` that have matching paragraphs, five at
     * a time: loads the hits of the next candidates until five reports show or
     * none is left, then offers the rest. `stale` says a newer search has started.
     */
    async show<Candidate>(query: ParsedQuery, candidates: Candidate[], hitsOf: (candidate: Candidate) => Promise<Hit[]>, notes: string[], stale: () => boolean) {
      let shownReports = 0;
      let shownHits = 0;
      let next = 0;
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'search-more';
      counts.replaceChildren();
      const summary = () => {
        const found = shownHits
          ? say('search.summary', { q: query.text, n: shownHits, towns: shownReports })
          : next < candidates.length
            ? say('search.loading')
            : say('search.none', { q: query.text });
        const scope = next < candidates.length ? say('search.partial', { shown: next, total: candidates.length }) : '';
        status.textContent = [found, scope, ...notes].filter(Boolean).join(' ');
        status.dataset.state = shownHits || next >= candidates.length ? 'done' : 'searching';
      };
      const showMore = async () => {
        more.disabled = true;
        let added = 0;
        while (added < pageSize && next < candidates.length) {
          const batch = candidates.slice(next, next + pageSize - added);
          next += batch.length;
          const found = await Promise.all(batch.map(hitsOf));
          if (stale()) return;
          for (const hits of found) {
            if (!hits.length) continue; // the characters, not the term
            added++;
            shownReports++;
            shownHits += hits.length;
            results.append(reportSection(hits, query, say));
            counts.append(countLink(hits));
          }
        }
        countsBox.hidden = shownReports === 0;
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

/** A link to a report's results, with its number of paragraphs. */
function countLink(hits: Hit[]) {
  const { meta } = hits[0]!;
  const item = document.createElement('li');
  const link = element('a', '', `${meta.town} ${meta.years} (${hits.length})`);
  link.href = `#results-${meta.slug}`;
  item.append(link);
  return item;
}

/** A report's matching paragraphs: where each is, its language, and its excerpt. */
function reportSection(hits: Hit[], query: ParsedQuery, say: Say) {
  const { meta } = hits[0]!;
  const section = element('section', 'results-town');
  section.id = `results-${meta.slug}`;
  const heading = document.createElement('h2');
  heading.append(`${meta.town} `, element('span', 'count', `${meta.title} (${say('search.results', { n: hits.length })})`));
  const list = document.createElement('ol');
  for (const hit of hits) {
    const item = element('li', 'result');
    item.lang = htmlLang[hit.language];
    const link = document.createElement('a');
    link.href = hit.url;
    link.className = 'result-link';
    link.append(element('span', 'result-where', `${meta.place} · #${hit.anchor}`));
    const text = element('p', 'result-excerpt');
    // Text, and <mark> around the matches (the odd pieces).
    text.append(...excerpt(hit.text, query).map((piece, place) => (place % 2 ? element('mark', '', piece) : piece)));
    item.append(link, element('span', 'result-language', say(`search.language.${hit.language}`)), text);
    list.append(item);
  }
  section.append(heading, list);
  return section;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}
