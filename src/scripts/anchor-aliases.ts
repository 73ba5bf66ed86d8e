/**
 * Anchors are forever: if a reader arrives with an id that has since moved,
 * the alias map (/data/anchors.json) sends them to its new place.
 */
import { resolveAnchor } from '../lib/anchors.ts';

async function follow() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id || document.getElementById(id)) return;
  const slug = document.querySelector<HTMLElement>('article.report')?.dataset.slug;
  const source = document.getElementById('cite-dialog')?.dataset.csl?.replace(/csl\.json$/, 'anchors.json');
  if (!slug || !source) return;
  const map = (await fetch(source).then((response) => response.json())) as { aliases: Record<string, Record<string, string>> };
  const target = resolveAnchor(map.aliases, slug, id);
  if (target && document.getElementById(target)) {
    history.replaceState(null, '', `#${target}`);
    document.getElementById(target)!.scrollIntoView();
  }
}

void follow();
window.addEventListener('hashchange', () => void follow());
