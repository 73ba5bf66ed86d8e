/**
 * Arriving at a paragraph: anchors are forever, so an id that has since moved
 * is sent to its new place (the alias map, /data/anchors.json); a link
 * with a text fragment (#s2-p3:~:text=…, made by "Cite selection") has its
 * words highlighted even in browsers that do not support text fragments; and
 * a link to a place the report does not have (#s99-p9, a malformed #%E0%A4%A)
 * says so at the top of the report (#anchor-missing) and offers its beginning.
 */
import { resolveAnchor } from '../edition/anchors.ts';
import { readingClass } from '../edition/reading.ts';
import { decodeOrKeep, readFragment } from '../lib/fragment.ts';
import { dataUrl } from '../lib/routes.ts';

function highlight(target: Element, directive: string) {
  // Browsers with text fragments strip the directive from the URL and highlight it themselves.
  const [start, end] = directive.split(',').map(decodeOrKeep);
  if (!start) return;
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Only the words the reader sees: not the hidden reading, not editorial notes.
    const parent = node.parentElement;
    if (!parent || parent.closest(`.${readingClass.note}`) || (parent.checkVisibility && !parent.checkVisibility())) continue;
    nodes.push(node as Text);
    text += node.textContent;
  }
  const from = text.indexOf(start);
  const to = end ? text.indexOf(end, from + start.length) + end.length : from + start.length;
  if (from < 0 || to < from) return;
  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    const length = node.textContent?.length ?? 0;
    if (from >= offset && from <= offset + length) range.setStart(node, from - offset);
    if (to >= offset && to <= offset + length) {
      range.setEnd(node, to - offset);
      break;
    }
    offset += length;
  }
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const Highlight = (window as unknown as { Highlight?: new (range: Range) => unknown }).Highlight;
  if (registry && Highlight) registry.set('cited', new Highlight(range));
  else {
    const mark = document.createElement('mark');
    mark.className = 'cited';
    mark.append(range.extractContents());
    range.insertNode(mark);
  }
}

/** The current id of a cited one that has moved, from the alias map; undefined when it has not, or the map cannot be had. */
async function movedTo(slug: string, id: string): Promise<string | undefined> {
  try {
    const map = (await fetch(dataUrl('anchors.json')).then((response) => response.json())) as { aliases: Record<string, Record<string, string>> };
    return resolveAnchor(map.aliases, slug, id);
  } catch {
    // Offline without the map, or a damaged one: the link is treated as not found.
    return undefined;
  }
}

/** Says at the top of the report that the link's place does not exist (or, with no id, takes the notice away). */
function missing(id: string | undefined) {
  const notice = document.getElementById('anchor-missing');
  if (!notice) return;
  notice.hidden = id === undefined;
  if (id === undefined) return;
  // The id as text, its direction isolated (<bdi>): it is whatever the link said.
  const slot = notice.querySelector('.anchor-missing-id');
  if (slot) slot.textContent = `#${id}`;
  notice.scrollIntoView({ block: 'nearest' });
}

async function follow() {
  const { id, directive } = readFragment(location.hash);
  if (!id) return missing(undefined);
  let target = document.getElementById(id);
  if (!target) {
    const slug = document.querySelector<HTMLElement>('article.report')?.dataset.slug;
    if (!slug) return;
    const moved = await movedTo(slug, id);
    target = moved ? document.getElementById(moved) : null;
    if (!target) return missing(id);
    history.replaceState(null, '', `#${moved}${directive ? `:~:text=${directive}` : ''}`);
  }
  missing(undefined);
  target.scrollIntoView();
  if (directive) highlight(target, directive);
}

void follow();
window.addEventListener('hashchange', () => void follow());
