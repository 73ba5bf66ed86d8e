/**
 * /og/<slug>.png: the Open Graph card of a report (1200×630), one for both
 * languages, since it carries the town and the title in Chinese and English.
 * Reads only the reports' frontmatter, not their rendered text.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { t } from '../../i18n/index.ts';
import { renderCard, reportCardTree } from '../../build/og-card.ts';
import { formatPlace } from '../../lib/format.ts';
import { perReport } from '../../build/partition.ts';

type Meta = CollectionEntry<'reports'>['data'];

export const getStaticPaths = (async () =>
  perReport(await getCollection('reports')).map((entry) => ({ params: { slug: entry.data.slug }, props: { meta: entry.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const meta = (props as { meta: Meta }).meta;
  const years = [...meta.yearsCovered].sort((a, b) => a - b);
  const consecutive = years.every((year, index) => index === 0 || year === years[index - 1]! + 1);
  const png = await renderCard(
    reportCardTree({
      town: meta.town,
      title: meta.title,
      placeZh: formatPlace(meta, 'zh'),
      placeEn: formatPlace(meta, 'en'),
      years: years.length > 1 && consecutive ? `${years[0]}–${years.at(-1)}` : years.join(', '),
      kind: `${t('zh', `kind.${meta.kind}`)} · ${t('en', `kind.${meta.kind}`)}`,
    }),
  );
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
