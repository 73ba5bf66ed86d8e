/** /data/figures/<plot>.csv: the figures each plot of the figures page draws, as figures.csv has them. */
import type { APIRoute } from 'astro';
import { loadFigures } from '../../../build/figures.ts';
import { figuresCsv, plots, type PlotName } from '../../../lib/figures.ts';

export function getStaticPaths() {
  return Object.keys(plots).map((plot) => ({ params: { plot: `${plot}.csv` }, props: { plot } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { plot } = props as { plot: PlotName };
  return new Response(figuresCsv((await loadFigures()).figures.filter(plots[plot])), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
