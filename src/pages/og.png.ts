/** /og.png: the Open Graph card of the edition, for every page that is not a report. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../i18n/index.ts';
import { editionCardTree, renderCard } from '../build/og-card.ts';

export const GET: APIRoute = async () => {
  const reports = await getCollection('reports');
  const years = reports.flatMap((entry) => entry.data.yearsCovered);
  const span = years.length ? ` · ${Math.min(...years)}–${Math.max(...years)}` : '';
  const png = await renderCard(
    editionCardTree({
      subtitle: { zh: t('zh', 'site.subtitle'), en: t('en', 'site.subtitle') },
      note: `${t('zh', 'browse.count', { n: reports.length })} · ${t('en', 'browse.count', { n: reports.length })}${span}`,
    }),
  );
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
