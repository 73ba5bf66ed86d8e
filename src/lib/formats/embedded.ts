/**
 * The <meta> tags reference managers read from a report page: Highwire Press
 * (citation_*, Google Scholar and Zotero) and Dublin Core. Written for
 * Zotero's Embedded Metadata translator, as read in its source and checked
 * with translation-server:
 * - the item type comes from DC.type (newspaperArticle, webpage, report,
 *   document) unless citation_technical_report_institution makes it a report;
 *   citation_journal_title is never used (it would make a journal article);
 * - DC.source becomes the newspaper or website title, so it names the
 *   newspaper or website, never the source file;
 * - one citation_author per person, "Family, Given" (a bare name's last word
 *   would be read as the family name); only authors, since Zotero has no
 *   editor on newspaper articles or web pages and would make one an author;
 * - eprints.place_of_pub is the one tag that sets the place;
 * - z:extra carries the original title of a translation (Zotero's convention
 *   for a field it does not have).
 */
import { authorsOf, isoDate, type Described } from '../bibliography.ts';

export type MetaTag = [name: string, content: string];

const dcTypes = { 'newspaper-article': 'newspaperArticle', 'web-article': 'webpage', report: 'report', document: 'document' } as const;

/** YYYY/MM/DD as Highwire asks; a supplied year keeps its brackets. */
function highwireDate(work: Described): string | undefined {
  if (!work.date) return undefined;
  const date = work.date.parts.map((part, index) => (index ? String(part).padStart(2, '0') : String(part))).join('/');
  return work.date.supplied ? `[${date}]` : date;
}

export function embeddedMetadata(work: Described): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, value: string | undefined) => value && tags.push([name, value]);
  const report = work.type === 'report';
  add('citation_title', work.title);
  for (const person of authorsOf(work)) add('citation_author', `${person.family}, ${person.given}`);
  // A body's name with a space would be split into given and family name; a final comma keeps it whole.
  add('citation_author', work.corporateAuthor && (work.corporateAuthor.includes(' ') ? `${work.corporateAuthor},` : work.corporateAuthor));
  add('citation_publication_date', highwireDate(work));
  add('citation_language', work.lang === 'en' ? 'en' : 'zh');
  add('citation_abstract', work.abstract);
  add('citation_publisher', work.publisher?.value);
  if (report) add('citation_technical_report_institution', work.publisher?.value);
  if (report) add('citation_technical_report_number', work.number);
  add('citation_public_url', work.url);
  add('citation_fulltext_html_url', work.url);
  add('citation_keywords', work.keywords.join('; '));
  add('eprints.place_of_pub', report ? work.place?.value : undefined);
  add('DC.title', work.title);
  for (const person of authorsOf(work)) add('DC.creator', person.name);
  add('DC.creator', work.corporateAuthor);
  add('DC.date', work.date && (work.date.supplied ? `[${isoDate(work.date.parts)}]` : isoDate(work.date.parts)));
  add('DC.language', work.lang === 'en' ? 'en' : 'zh-CN');
  add('DC.publisher', work.publisher?.value);
  // On a report page typed by the institution tag, Zotero copies DC.type into "report type": give it the genre.
  add('DC.type', report && work.publisher ? work.genre : dcTypes[work.type]);
  add('DC.source', work.container?.value);
  add('DC.description', work.abstract);
  add('DC.identifier', work.url);
  // Zotero's Extra field, one "variable: value" line each: citations read them as CSL variables.
  if (work.originalTitle) add('z:extra', [`original-title: ${work.originalTitle}`, `translator: ${work.translators}`].join('\n'));
  return tags;
}
