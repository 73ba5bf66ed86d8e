/**
 * Pinyin queries and “Did you mean”: the pinyin table built from the glossary
 * and the reports' place names (src/build/pinyin-table.ts), its lookup
 * (src/lib/search-pinyin.ts), the vocabulary (src/build/search-vocabulary.ts)
 * and the nearest entries to a query (src/lib/search-suggest.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { pinyinTable, placeNames, type PlaceName } from '../../src/build/pinyin-table.ts';
import { vocabularyCounter } from '../../src/build/search-vocabulary.ts';
import { loadGlossary, type Term } from '../../src/lib/glossary.ts';
import matter from '../../src/lib/frontmatter.ts';
import { readContentFile } from '../../src/lib/text-file.ts';
import { reportSchema } from '../../src/lib/schema.ts';
import { mayBePinyin, partsFor, pinyinKeys, pinyinLookup, pinyinMatches, pinyinParts, splitPinyinTable, tonelessReading } from '../../src/lib/search-pinyin.ts';
import { editDistance, suggestions, type VocabularyFile } from '../../src/lib/search-suggest.ts';

const glossary = loadGlossary('content/glossary/terms.yaml');
const reports = readdirSync('content/reports/zh')
  .filter((name) => name.endsWith('.md'))
  .map((name) => reportSchema.parse(matter(readContentFile(`content/reports/zh/${name}`).text).data));
const places = reports.flatMap(placeNames);
const lookup = pinyinLookup(pinyinTable(glossary, places));
/** The Chinese terms a query reads as. */
const read = (query: string) => pinyinMatches(query, lookup).flatMap((match) => match.terms.map((term) => term.zh));

test('every glossary term is found by its reading without tones, with or without spaces, in any case', () => {
  for (const term of glossary) {
    const spaced = tonelessReading(term.pinyin);
    for (const query of [spaced, spaced.replace(/ /g, ''), spaced.toUpperCase(), term.pinyin])
      assert.ok(read(query).includes(term.zh), `${term.zh}: “${query}” → ${read(query).join(', ')}`);
  }
  assert.deepEqual(read('gongtong fuyu'), ['共同富裕']);
  assert.deepEqual(read('gongtongfuyu'), ['共同富裕']);
  assert.deepEqual(read("Gongtong Fu'yu"), ['共同富裕']);
  assert.deepEqual(read('gong tong fu yu'), ['共同富裕']);
});

test('every place name of the metadata is found by its English spelling, with and without its suffix', () => {
  assert.ok(places.length >= 15);
  for (const place of places) {
    const name = place.en.split(' ')[0]!;
    assert.ok(
      read(name).some((zh) => place.zh.startsWith(zh)),
      `${place.zh}: “${name}” → ${read(name).join(', ')}`,
    );
  }
  assert.deepEqual(read('xiaoshan'), ['萧山']);
  assert.deepEqual(read('Xiaoshan qu'), ['萧山区']);
  assert.deepEqual(read('suoqian'), ['所前']);
  assert.deepEqual(read('suoqianzhen'), ['所前镇']);
  assert.deepEqual(read('wenyan jiedao'), ['闻堰街道']);
  assert.deepEqual(read('hangzhou'), ['杭州']);
  // The town's reading from the metadata, with tones, is what the page shows.
  assert.deepEqual(pinyinMatches('suoqian', lookup)[0]!.terms, [{ zh: '所前', pinyin: 'Suǒqián' }]);
});

test('polyphones: the reading in context, the glossary’s own, and the one a place’s English name spells', () => {
  const table = pinyinTable(
    [],
    [
      { zh: '乐清市', en: 'Yueqing' },
      { zh: '重庆市', en: 'Chongqing' },
    ],
  );
  const own = pinyinLookup(table);
  assert.deepEqual(pinyinMatches('yueqing', own)[0]?.terms, [{ zh: '乐清', pinyin: 'Yuèqīng' }]);
  assert.equal(pinyinMatches('chongqing', own)[0]?.terms[0]?.zh, '重庆');
  // Not every combination of the characters' readings: 重 is not zhòng here.
  assert.deepEqual(pinyinMatches('zhongqing', own), []);
  const term = { zh: '绿道', variants: [], pinyin: 'lǜdào' } as unknown as Term;
  const green = pinyinLookup(pinyinTable([term], []));
  for (const query of ['lvdao', 'ludao', 'lü dao', 'lǜdào']) assert.deepEqual(pinyinMatches(query, green)[0]?.terms, [{ zh: '绿道', pinyin: 'lǜdào' }], query);
});

test('a query is read as the longest runs of words that are terms; the other words are left alone', () => {
  assert.deepEqual(read('xiaoshan gongtong fuyu'), ['萧山', '共同富裕']);
  assert.deepEqual(read('common prosperity xiaoshan'), ['萧山']);
  assert.deepEqual(read('vaccination'), []);
  assert.deepEqual(pinyinMatches('Xiaoshan', lookup)[0]!.words, ['Xiaoshan']);
  for (const query of ['PM2.5', '共同富裕', 'gongtong 富裕', '15.3', '', '  ', "'"]) assert.equal(mayBePinyin(query) && read(query).length > 0, false, query);
  assert.ok(mayBePinyin('Gòngtóng fùyù'));
  assert.deepEqual(pinyinKeys('Lǚ Yóu'), ['lvyou', 'luyou']);
});

test('the table is small: each term once per reading, every place read once however many reports name it', () => {
  const many = pinyinTable(
    glossary,
    Array.from({ length: 2000 }, (_, index) => places[index % places.length]!),
  );
  assert.deepEqual(many, pinyinTable(glossary, places));
  assert.ok(JSON.stringify(many).length < 8000, `${JSON.stringify(many).length} bytes`);
});

test('the table is served in a part per initial letter, and a query fetches the parts its words begin with', () => {
  const table = pinyinTable(glossary, places);
  const parts = splitPinyinTable(table);
  assert.deepEqual(Object.keys(parts), pinyinParts);
  assert.equal(
    Object.values(parts).reduce((sum, part) => sum + part.terms.length, 0),
    table.terms.length,
  );
  assert.deepEqual(partsFor('gongtong fuyu'), ['g', 'f']);
  assert.deepEqual(partsFor('Xiaoshan'), ['x']);
  assert.deepEqual(partsFor('PM2.5'), []);
  assert.deepEqual(partsFor('共同富裕'), []);
  // The parts a query names hold everything it can match: the same terms as the whole table.
  for (const query of ['gongtong fuyu', 'xiaoshan gongtongfuyu', 'wenyan jiedao', 'Suoqian']) {
    const lookup = pinyinLookup({ format: 1, terms: partsFor(query).flatMap((letter) => parts[letter]!.terms) });
    assert.deepEqual(pinyinMatches(query, lookup), pinyinMatches(query, pinyinLookup(table)), query);
  }
});

const vocabulary = (entries: [string, number][]): VocabularyFile => ({ format: 1, entries });

test('the vocabulary: English words seen at least twice, the most frequent up to a cap, glossary terms and pinyin readings', () => {
  const counter = vocabularyCounter(glossary.filter((term) => term.id === 'common-prosperity'));
  for (const text of ['Vaccination and vaccination drives.', 'Common prosperity, and a rare word.', 'Towards common prosperity: vaccination']) counter.add(text);
  const file = counter.file({ format: 1, terms: [['共同富裕', 'gòngtóng fùyù']] });
  const entries = new Map(file.entries);
  assert.equal(entries.get('vaccination'), 3);
  assert.equal(entries.get('common prosperity'), 2);
  assert.equal(entries.get('gongtong fuyu'), 0);
  assert.equal(entries.has('rare'), false, 'seen once');
  assert.equal(entries.has('a'), false, 'too short');
  assert.deepEqual(file.entries[0], ['vaccination', 3], 'most frequent first');
  const capped = counter.file({ format: 1, terms: [] }, { minCount: 1, minLength: 3, cap: 2 });
  assert.deepEqual(
    capped.entries.filter(([entry]) => !entry.includes(' ')).map(([entry]) => entry),
    ['vaccination', 'and'],
  );
});

test('Damerau–Levenshtein distance, with swaps of neighbours, stopping past a limit', () => {
  assert.equal(editDistance('vacination', 'vaccination'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('prosperity', 'prosperity'), 0);
  assert.equal(editDistance('ab', 'ba'), 1);
  assert.equal(editDistance('vaccinatoin', 'vaccination'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting', 1), 2, 'past the limit: the limit + 1');
  assert.equal(editDistance('a', 'abcdef', 2), 3);
});

test('suggestions: the nearest entries, at most 2 edits (1 under five letters), by distance then frequency, at most 3', () => {
  const words = vocabulary([
    ['vaccination', 6],
    ['vaccinations', 1],
    ['community', 40],
    ['county', 12],
    ['commune', 2],
    ['grid', 9],
    ['grip', 3],
    ['common prosperity', 21],
    ['gongtong fuyu', 0],
  ]);
  assert.deepEqual(suggestions('vacination', words), ['vaccination', 'vaccinations']);
  assert.deepEqual(suggestions('Vacination', words), ['vaccination', 'vaccinations']);
  assert.deepEqual(suggestions('comunity', words), ['community', 'county']);
  assert.deepEqual(suggestions('gird', words), ['grid'], 'a swap is one edit; grip is two');
  assert.deepEqual(suggestions('vaccination', words), ['vaccinations'], 'never the query itself');
  assert.deepEqual(suggestions('xyzzyplugh', words), []);
  assert.deepEqual(suggestions('"comon prosperity"', words), ['common prosperity']);
  assert.deepEqual(suggestions('gongtong fuyo', words), ['gongtong fuyu']);
  assert.deepEqual(suggestions('vacination comunity', words), ['vaccination community'], 'word by word');
  assert.deepEqual(suggestions('vacination xyzzyplugh', words), [], 'a word without a near entry: no suggestion');
  assert.deepEqual(suggestions('共同富裕', words), []);
  const many = vocabulary(['gride', 'grida', 'gridb', 'gridc'].map((word, index) => [word, index]));
  assert.deepEqual(suggestions('grid', many), ['gridc', 'gridb', 'grida'], 'by frequency, at most three');
});

test('the place names are the metadata’s town, district and city', () => {
  const meta = reports.find((report) => report.slug === 'suoqian')!;
  assert.deepEqual(
    placeNames(meta).map((place: PlaceName) => place.zh),
    ['所前镇', '萧山区', '杭州市'],
  );
});
