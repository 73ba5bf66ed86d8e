/**
 * An RIS record of a described report, one tag line per field and never a
 * wrapped line (Zotero's RIS import joins continuation lines with a space,
 * which breaks words). Tags follow Zotero's RIS translator: T2 is the
 * newspaper or website, PB the publisher or institution, SN the report
 * number, M3 the report type, A4 the translator, DA the full date.
 */
import { authorsOf, formatTypes, type Described } from '../bibliography.ts';
import { locatorText, type Locator } from '../locator.ts';

/** "XX  - value": newlines inside a value become spaces, so every line is a tag line. */
function line(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ').trim()}`;
}

export function ris(work: Described, options: { anchor?: string; locator?: Locator; accessed: string }): string {
  const english = work.lang === 'en';
  const lines: string[] = [line('TY', formatTypes[work.type].ris)];
  const add = (tag: string, value: string | undefined) => value && lines.push(line(tag, value));
  for (const person of authorsOf(work)) add('AU', person.han ? person.name : `${person.family}, ${person.given}`);
  add('AU', work.corporateAuthor);
  if (work.translators) add('A4', work.translators);
  add('TI', work.title);
  add('T2', work.container?.value);
  add('PB', work.publisher?.value);
  add('CY', work.type === 'report' ? work.place?.value : undefined);
  add('M3', work.genre);
  add('SN', work.type === 'report' ? work.number : undefined);
  if (work.date) {
    add('PY', String(work.date.parts[0]));
    // RIS dates are YYYY/MM/DD/other; the fourth part says a date was supplied.
    const [year, month, day] = work.date.parts;
    add(
      'DA',
      `${year}/${month ? String(month).padStart(2, '0') : ''}/${day ? String(day).padStart(2, '0') : ''}/${work.date.supplied ? (english ? 'supplied by the editors' : '整理者推定') : ''}`,
    );
  }
  add('LA', english ? 'en' : 'zh-CN');
  add('AB', work.abstract);
  add('UR', work.url + (options.anchor ? `#${options.anchor}` : ''));
  add('Y2', options.accessed.replaceAll('-', '/'));
  add('DB', work.edition.credit[work.lang]);
  if (work.originalTitle) add('N1', `Original title: ${work.originalTitle}`);
  if (options.locator) add('N1', english ? `Cited at ${locatorText(options.locator, 'en')}` : `引文位置：${locatorText(options.locator, 'zh')}`);
  if (work.date?.supplied) add('N1', `${english ? 'Date supplied by the editors' : '日期系整理者推定'}: ${work.date.supplied}`);
  if (work.container?.supplied)
    add(
      'N1',
      `${english ? 'Publication attributed by the editors' : '刊载媒体系整理者推定'}${work.container.probable ? (english ? ' (probable)' : '（存疑）') : ''}: ${work.container.supplied}`,
    );
  for (const keyword of work.keywords) add('KW', keyword);
  lines.push('ER  - ');
  return `${lines.join('\n')}\n`;
}
