/**
 * A report's page title names its town before its title ("靖江街道：高质量建设……"),
 * unless the title already names it: "古塘街道2022年工作安排", "所前：坚持……",
 * "Gutang Subdistrict: Work Plan for 2022", "Work Report of the Taoyan
 * Subdistrict Office for 2022" are left as they are.
 */

type Language = 'zh' | 'en';

const levels: Record<Language, RegExp> = {
  zh: /(?:街道|镇|乡)$/u,
  en: /\s+(?:Subdistrict|Sub-district|Town|Township)$/iu,
};

/** The town's full name and its name without the level (古塘街道 → 古塘, Suoqian Town → Suoqian). */
export function townForms(town: string, lang: Language): string[] {
  const name = town.trim();
  const short = name.replace(levels[lang], '');
  // A one-character short form (a town named 某镇) would match too much.
  return short !== name && [...short].length >= 2 ? [name, short] : [name];
}

const letter = /[\p{L}\p{N}]/u;

/** Whether `text` has `name` at `index` as a whole word (Chinese has no word boundaries to check). */
function wordAt(text: string, name: string, index: number, lang: Language): boolean {
  if (lang === 'zh') return true;
  const before = text.slice(0, index).at(-1);
  const after = text.slice(index + name.length)[0];
  return !(before && letter.test(before)) && !(after && letter.test(after));
}

function indexesOf(text: string, name: string, lang: Language): number[] {
  const haystack = lang === 'en' ? text.toLowerCase() : text;
  const needle = lang === 'en' ? name.toLowerCase() : name;
  const found: number[] = [];
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) if (wordAt(haystack, needle, index, lang)) found.push(index);
  return found;
}

/** Whether the title already names the town: it starts with the full or the short name, or has the full name anywhere. */
export function titleNamesTown(title: string, town: string, lang: Language): boolean {
  const [full, short] = townForms(town, lang);
  const text = title.trim();
  if (indexesOf(text, full!, lang).length > 0) return true;
  return short !== undefined && indexesOf(text, short, lang).includes(0);
}

/** The title of a report's page: "town：title" in Chinese, "town: title" in English, without naming the town twice. */
export function reportPageTitle(town: { zh: string; en: string }, title: { zh: string; en: string }, lang: Language): string {
  if (titleNamesTown(title[lang], town[lang], lang)) return title[lang];
  return lang === 'zh' ? `${town.zh}：${title.zh}` : `${town.en}: ${title.en}`;
}

/** How many times the title names the town (full name, or the short name where the full one is not): for tests. */
export function townMentions(title: string, town: string, lang: Language): number {
  const [full, short] = townForms(town, lang);
  const fulls = indexesOf(title, full!, lang);
  if (short === undefined) return fulls.length;
  // A short name inside a full name is the same mention.
  const shorts = indexesOf(title, short, lang).filter((index) => !fulls.some((at) => index >= at && index < at + full!.length));
  return fulls.length + shorts.length;
}
