/**
 * A BibLaTeX entry of a described report (biber's data model: `date`,
 * `urldate`, `journaltitle`, `institution`, `location`, `origtitle`), with
 * the locator of a section or paragraph in `note`. Checked in the tests with
 * @retorquere/bibtex-parser, the parser of Zotero's Better BibTeX.
 */
import { authorsOf, formatTypes, isoDate, type Described } from '../bibliography.ts';
import { locatorText, type Locator } from '../locator.ts';

/** Escapes the characters TeX reads as commands; everything else stays UTF-8. */
export function texEscape(value: string): string {
  return value.replace(
    /[\\{}&%$#_^~]/g,
    (char) => ({ '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[char] ?? `\\${char}`,
  );
}

/**
 * English titles are in title case, and many of their capitals are proper
 * nouns (Gutang Subdistrict, Xiaoshan–Binjiang). Styles and Zotero's import
 * sentence-case a title except words in braces: brace every capitalized word
 * after the first, so the title arrives as written.
 */
export function protectCapitals(title: string): string {
  let first = true;
  return title.replace(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu, (word) => {
    const keep = first || !/\p{Lu}/u.test(word);
    first = false;
    return keep ? word : `{${word}}`;
  });
}

export function citationKey(work: Described, anchor?: string): string {
  const year = work.date?.parts[0] ?? 'nd';
  return `${work.slug}${year}${anchor ? anchor.replace('-', '') : ''}${work.lang === 'en' ? 'en' : ''}`;
}

/** A name list: persons as "Family, Given", bodies in braces so they are never split. */
function names(persons: { family: string; given: string }[], body?: string): string | undefined {
  const list = [...persons.map((person) => `${texEscape(person.family)}, ${texEscape(person.given)}`), ...(body ? [`{${texEscape(body)}}`] : [])];
  return list.length ? list.join(' and ') : undefined;
}

export function biblatex(work: Described, options: { anchor?: string; locator?: Locator; accessed: string }): string {
  const types = formatTypes[work.type];
  const english = work.lang === 'en';
  const supplied = [
    work.date?.supplied && (english ? 'date supplied by the editors' : '日期系整理者推定'),
    work.container?.supplied && (english ? 'publication attributed by the editors' : '刊名系整理者推定'),
  ].filter(Boolean);
  const credit = work.edition.credit[work.lang];
  // biber's data model has translator and origlanguage on @article only; elsewhere the credit goes into the addendum.
  const translatorField = english && types.biblatex === 'article';
  const translation = english && !translatorField ? [`trans. ${work.translators} from the Chinese`] : [];
  const fields: [string, string | undefined][] = [
    ['entrysubtype', types.biblatexSubtype],
    ['author', names(authorsOf(work), work.corporateAuthor)],
    ['translator', translatorField ? `{${texEscape(work.translators!)}}` : undefined],
    ['title', english ? protectCapitals(texEscape(work.title)) : texEscape(work.title)],
    ['origtitle', work.originalTitle && texEscape(work.originalTitle)],
    ['journaltitle', work.type === 'newspaper-article' ? work.container?.value && texEscape(work.container.value) : undefined],
    ['organization', work.type === 'web-article' ? work.container?.value && texEscape(work.container.value) : undefined],
    ['type', work.genre && texEscape(work.genre)],
    ['institution', work.type === 'report' ? work.publisher?.value && texEscape(work.publisher.value) : undefined],
    ['publisher', work.type === 'document' ? work.publisher?.value && texEscape(work.publisher.value) : undefined],
    ['location', work.type === 'report' ? work.place?.value && texEscape(work.place.value) : undefined],
    ['number', work.number && texEscape(work.number)],
    ['date', work.date && isoDate(work.date.parts)],
    ['language', english ? 'english' : 'chinese'],
    ['origlanguage', translatorField ? 'chinese' : undefined],
    ['url', work.url + (options.anchor ? `#${options.anchor}` : '')],
    ['urldate', options.accessed],
    ['note', options.locator && texEscape(locatorText(options.locator, work.lang))],
    ['addendum', texEscape([...translation, credit, ...supplied].join(english ? '; ' : '；'))],
    ['abstract', texEscape(work.abstract)],
  ];
  const body = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n');
  return `@${types.biblatex}{${citationKey(work, options.anchor)},\n${body}\n}`;
}
