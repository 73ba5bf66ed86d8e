/** The whole corpus as one JSON file: every report's export, as JSON.stringify(…, null, 2) would write it. */
import type { APIRoute } from 'astro';
import { loadReportIndex } from '../../build/reports.ts';
import { corpusBody } from '../../build/report-export.ts';
import { edition } from '../../build/edition-info.ts';

const placeholder = '@reports@';

export const GET: APIRoute = async () => {
  const reports = await loadReportIndex();
  const whole = `${JSON.stringify({ edition: 'Town Reports', version: edition().version, reports: reports.length ? [placeholder] : [] }, null, 2)}\n`;
  if (!reports.length) return new Response(whole, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  // Each report indented as an element of "reports", after the indentation the placeholder has.
  const [head, tail] = whole.split(JSON.stringify(placeholder)) as [string, string];
  const element = (exported: object, index: number) => `${index ? ',\n    ' : ''}${JSON.stringify(exported, null, 2).replaceAll('\n', '\n    ')}`;
  return new Response(corpusBody(reports, head, element, tail), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
