/**
 * The pinyin table of the search page (src/lib/search-pinyin.ts, served as
 * search/pinyin.json): every glossary term and every place name of the
 * reports' metadata (town, district, city, each also without its
 * administrative suffix: 萧山区 and 萧山) with its readings. A reading is the
 * glossary's or the metadata's own pinyin where there is one, pinyin-pro's
 * reading of the word in context, and, for a place, the reading among the
 * characters' other readings that the place's English name spells (乐清,
 * Yueqing, where pinyin-pro reads lè).
 */
import { pinyin, polyphonic } from 'pinyin-pro';
import type { Term } from '../lib/glossary.ts';
import type { ReportMeta } from '../lib/schema.ts';
import { pinyinKeys, type PinyinTableFile } from '../lib/search-pinyin.ts';

/** A place name of the metadata: the Chinese, a reading if the metadata has one, the English name. */
export interface PlaceName {
  zh: string;
  pinyin?: string;
  en: string;
}

/** Administrative suffixes, longest first; a name keeps at least two characters without one. */
const suffixes = ['街道', '镇', '乡', '区', '市', '县'];

/** At most this many combinations of the characters' readings are tried against a place's English name. */
const readingCombinations = 256;

/** The place names of one report's metadata. */
export function placeNames(meta: Pick<ReportMeta, 'town' | 'district' | 'city'>): PlaceName[] {
  return [meta.town, meta.district, meta.city];
}

/** pinyin-pro's reading of a word in context, syllable by syllable. */
function syllables(zh: string): string[] {
  return pinyin(zh, { type: 'array', toneSandhi: false });
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The readings of a place (full name and name without suffix), each with its words grouped as a name: Xiāoshān Qū, Xiāoshān. */
function placeReadings(place: PlaceName): [zh: string, pinyin: string][] {
  const suffix = suffixes.find((end) => place.zh.endsWith(end) && place.zh.length - end.length >= 2);
  const stem = suffix ? place.zh.slice(0, -suffix.length) : place.zh;
  const entries: [string, string][] = [];
  const add = (stemReading: string[], suffixReading: string[]) => {
    const name = capitalized(stemReading.join(''));
    entries.push([stem, name]);
    if (suffix) entries.push([place.zh, `${name} ${capitalized(suffixReading.join(''))}`]);
  };
  // The metadata's reading (Suǒqián Zhèn): its last word is the suffix's.
  const given = place.pinyin?.trim().split(/\s+/) ?? [];
  if (given.length > (suffix ? 1 : 0)) {
    entries.push([stem, (suffix ? given.slice(0, -1) : given).join(' ')]);
    if (suffix) entries.push([place.zh, given.join(' ')]);
  }
  const read = syllables(place.zh);
  add(read.slice(0, stem.length), read.slice(stem.length));
  // The English name spells the reading (Xiaoshan District, Hangzhou): if no reading so far has its key, the
  // combination of the characters' readings that does.
  const spelled = pinyinKeys(place.en.split(/\s+/)[0] ?? '')[0];
  const stemKeys = new Set(entries.filter(([zh]) => zh === stem).flatMap(([, reading]) => pinyinKeys(reading)));
  if (spelled && !stemKeys.has(spelled)) {
    const match = combinations(polyphonic(stem, { type: 'array' })).find((combination) => pinyinKeys(combination.join(''))[0] === spelled);
    if (match) add(match, read.slice(stem.length));
  }
  return entries;
}

/** The combinations of each character's readings, in order, at most readingCombinations of them. */
function combinations(readings: string[][]): string[][] {
  let result: string[][] = [[]];
  for (const choices of readings) {
    result = result.flatMap((prefix) => (choices.length ? choices : ['']).map((choice) => [...prefix, choice])).slice(0, readingCombinations);
  }
  return result;
}

/** A glossary term's readings: its own pinyin for `zh`, pinyin-pro's for `zh` and for each variant. */
function termReadings(term: Pick<Term, 'zh' | 'variants' | 'pinyin'>): [zh: string, pinyin: string][] {
  return [[term.zh, term.pinyin], ...[term.zh, ...term.variants].map((zh): [string, string] => [zh, syllables(zh).join('')])];
}

/** The table: each term with each of its distinct readings (distinct by key), glossary terms first. */
export function pinyinTable(terms: Pick<Term, 'zh' | 'variants' | 'pinyin'>[], places: PlaceName[]): PinyinTableFile {
  const seen = new Set<string>();
  const table: [string, string][] = [];
  // Many reports share a district and a city: each place is read once.
  const distinct = [...new Map(places.map((place) => [`${place.zh}\t${place.pinyin ?? ''}\t${place.en}`, place])).values()];
  for (const [zh, reading] of [...terms.flatMap(termReadings), ...distinct.flatMap(placeReadings)]) {
    const key = `${zh}\t${pinyinKeys(reading)[0] ?? ''}`;
    if (!/\p{Script=Han}/u.test(zh) || seen.has(key) || !pinyinKeys(reading).length) continue;
    seen.add(key);
    table.push([zh, reading]);
  }
  return { format: 1, terms: table };
}
