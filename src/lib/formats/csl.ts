/**
 * The CSL-JSON item of a described report: what citeproc-js formats with the
 * official styles, and what the dialog offers for download. Chinese names
 * are split into family and given name; romanized Chinese names keep their
 * order ("Jin Shengxiang", static-ordering). The edition is credited as the
 * place the text is read: `archive` (its name and version) and the URL.
 */
import { authorsOf, formatTypes, type Described } from '../bibliography.ts';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'static-ordering'?: boolean;
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  'original-title'?: string;
  author?: CslName[];
  translator?: CslName[];
  editor?: CslName[];
  version?: string;
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  genre?: string;
  number?: string;
  issued?: { 'date-parts'?: number[][]; literal?: string };
  accessed: { 'date-parts': number[][] };
  URL: string;
  language: string;
  abstract: string;
  archive?: string;
  note?: string;
}

export function dateParts(iso: string): number[] {
  return iso.split('-').map(Number);
}

/**
 * The item for one style, or the neutral item offered as CSL-JSON. English
 * styles (Chicago, APA) cite the Chinese page's text by its original title
 * followed by its translation in brackets (APA 7 §9.38, CMOS 18 §11.96) and
 * credit the edition in English; Chicago writes a romanized Chinese name
 * family name first without a comma (CMOS 18 §8.15), APA inverts it.
 */
export function cslItem(work: Described, options: { anchor?: string; accessed: string; style?: 'gbt' | 'chicago' | 'apa' }): CslItem {
  const english = work.lang === 'en';
  const englishStyle = options.style === 'chicago' || options.style === 'apa';
  // Names in characters stay whole (GB/T 7714 §10.2.1 cites Chinese authors by full name).
  const names: CslName[] = authorsOf(work).map((person) =>
    person.han ? { literal: person.name } : { family: person.family, given: person.given, ...(options.style === 'chicago' ? { 'static-ordering': true } : {}) },
  );
  if (work.corporateAuthor) names.push({ literal: work.corporateAuthor });
  const item: CslItem = {
    id: `${work.slug}${options.anchor ? `-${options.anchor}` : ''}${english ? '-en' : ''}`,
    type: formatTypes[work.type].csl,
    title: englishStyle && work.translatedTitle ? `${work.title} [${work.translatedTitle}]` : work.title,
    accessed: { 'date-parts': [dateParts(options.accessed)] },
    URL: work.url + (options.anchor ? `#${options.anchor}` : ''),
    language: work.language,
    abstract: work.abstract,
    archive: work.edition.credit[english || englishStyle ? 'en' : 'zh'],
  };
  if (work.originalTitle) item['original-title'] = work.originalTitle;
  if (names.length) item.author = names;
  if (work.translators) item.translator = [{ literal: work.translators }];
  if (work.container) item['container-title'] = work.container.value;
  if (work.publisher) item.publisher = work.publisher.value;
  if (work.place && work.type === 'report') item['publisher-place'] = work.place.value;
  if (work.genre) item.genre = work.genre;
  if (work.number) item.number = work.number;
  // A supplied date is printed in brackets, as GB/T 7714 (8.8.2) and Chicago ask for supplied information.
  if (work.date) item.issued = work.date.supplied ? { literal: `[${work.date.parts[0]}]` } : { 'date-parts': [work.date.parts] };
  return item;
}
