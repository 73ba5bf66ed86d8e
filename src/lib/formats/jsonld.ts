/**
 * schema.org JSON-LD of a report page. The Chinese page describes the source
 * as the edition presents it; the English page describes the translation
 * (inLanguage en, translator, translationOfWork). Values the source does not
 * state are left out, except the editors' supplied ones, which keep their
 * brackets.
 */
import { authorsOf, formatTypes, isoDate, type Described } from '../bibliography.ts';

export function jsonLd(work: Described, options: { otherUrl: string; originalTitle?: string; image: string; sourceUrl: string; modified?: string }) {
  const english = work.lang === 'en';
  const authors = [
    ...authorsOf(work).map((person) => ({ '@type': 'Person', name: person.name })),
    ...(work.corporateAuthor ? [{ '@type': 'Organization', name: work.corporateAuthor }] : []),
  ];
  const contributors = work.persons.filter((person) => person.role !== 'author').map((person) => ({ '@type': 'Person', name: person.name }));
  const container = work.container && {
    '@type': work.type === 'newspaper-article' ? 'Newspaper' : 'WebSite',
    name: work.container.value,
  };
  return {
    '@context': 'https://schema.org',
    '@type': formatTypes[work.type].schemaOrg,
    name: work.title,
    headline: work.title,
    description: work.abstract,
    inLanguage: english ? 'en' : 'zh-Hans',
    url: work.url,
    image: options.image,
    author: authors.length ? authors : undefined,
    contributor: contributors.length ? contributors : undefined,
    publisher: work.publisher ? { '@type': 'Organization', name: work.publisher.value } : undefined,
    // A date the source prints; a supplied one is not a publication date.
    datePublished: work.date && !work.date.supplied ? isoDate(work.date.parts) : undefined,
    dateModified: options.modified,
    isPartOf: [container, { '@type': 'WebSite', name: work.edition.name, url: work.edition.url, version: work.edition.version }].filter(Boolean),
    isBasedOn: options.sourceUrl,
    keywords: work.keywords.join(', '),
    ...(english
      ? {
          translator: { '@type': 'Organization', name: work.translators },
          translationOfWork: { '@type': 'CreativeWork', name: work.originalTitle, inLanguage: 'zh-Hans', url: options.otherUrl },
        }
      : { workTranslation: { '@type': 'CreativeWork', name: work.translatedTitle, inLanguage: 'en', url: options.otherUrl } }),
  };
}

/** JSON in a script element must not be able to close it. */
export function jsonLdText(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
