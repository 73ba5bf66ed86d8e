/**
 * npm run generate -- --count 500 [--out DIR] [--seed 1]
 *
 * Writes a synthetic corpus of N reports for the benchmark: each report is
 * recombined from the real paragraphs, headings and their aligned English
 * translations (content/reports), given a generated town in a real Zhejiang
 * district, a year and its own slug, so the real build runs on it unchanged.
 * The output is a content folder (reports/zh, reports/en, anchors.json,
 * anchor-aliases.json); point CONTENT_DIR at it. Same seed, same corpus.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pinyin } from 'pinyin-pro';
import { stringify } from 'yaml';
import matter from '../src/lib/frontmatter.ts';
import { readContentMarkdown } from '../src/lib/text-file.ts';
import { markdownBlocks } from './lib/markdown-blocks.ts';
import { loadGazetteer } from './lib/gazetteer.ts';

interface Pair {
  zh: string;
  en: string;
  /** The real report it comes from. */
  from: string;
}

/** h1…h6 for headings, p for paragraphs; null for editorial blocks, which have no translation. */
function blockKind(block: string): string | null {
  if (block.startsWith('::') || /^:frag\[[^\n]*\}$/.test(block)) return null;
  const heading = /^(#+) /.exec(block);
  return heading ? `h${heading[1]!.length}` : 'p';
}

/**
 * The aligned (Chinese, English) blocks of a report. Where the editors
 * restored a reading order (moved fragments), only the aligned tail is used.
 */
export function alignedPairs(zhBody: string, enBody: string, from: string): { paragraphs: Pair[]; headings: Pair[] } {
  const zh = markdownBlocks(zhBody)
    .map((block) => block.text)
    .filter((block) => blockKind(block));
  const en = markdownBlocks(enBody).map((block) => block.text);
  const paragraphs: Pair[] = [];
  const headings: Pair[] = [];
  for (let i = zh.length - 1, j = en.length - 1; i >= 0 && j >= 0; i--, j--) {
    const kind = blockKind(zh[i]!);
    if (kind !== blockKind(en[j]!) || /:frag|ref=/.test(zh[i]!)) break;
    if (kind === 'p') paragraphs.push({ zh: zh[i]!, en: en[j]!, from });
    else if (kind === 'h2' || kind === 'h3') headings.push({ zh: zh[i]!.replace(/^#+ /, ''), en: en[j]!.replace(/^#+ /, ''), from });
  }
  return { paragraphs: paragraphs.reverse(), headings: headings.reverse() };
}

/** Mulberry32: a small seeded generator, so a seed always gives the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}

const districts = [
  { city: { zh: '杭州市', en: 'Hangzhou' }, district: { zh: '萧山区', en: 'Xiaoshan District' } },
  { city: { zh: '杭州市', en: 'Hangzhou' }, district: { zh: '余杭区', en: 'Yuhang District' } },
  { city: { zh: '杭州市', en: 'Hangzhou' }, district: { zh: '富阳区', en: 'Fuyang District' } },
  { city: { zh: '杭州市', en: 'Hangzhou' }, district: { zh: '临安区', en: 'Lin’an District' } },
  { city: { zh: '宁波市', en: 'Ningbo' }, district: { zh: '慈溪市', en: 'Cixi' } },
  { city: { zh: '宁波市', en: 'Ningbo' }, district: { zh: '余姚市', en: 'Yuyao' } },
  { city: { zh: '宁波市', en: 'Ningbo' }, district: { zh: '鄞州区', en: 'Yinzhou District' } },
  { city: { zh: '绍兴市', en: 'Shaoxing' }, district: { zh: '越城区', en: 'Yuecheng District' } },
  { city: { zh: '绍兴市', en: 'Shaoxing' }, district: { zh: '柯桥区', en: 'Keqiao District' } },
  { city: { zh: '绍兴市', en: 'Shaoxing' }, district: { zh: '诸暨市', en: 'Zhuji' } },
  { city: { zh: '温州市', en: 'Wenzhou' }, district: { zh: '瑞安市', en: 'Rui’an' } },
  { city: { zh: '温州市', en: 'Wenzhou' }, district: { zh: '乐清市', en: 'Yueqing' } },
  { city: { zh: '嘉兴市', en: 'Jiaxing' }, district: { zh: '海宁市', en: 'Haining' } },
  { city: { zh: '嘉兴市', en: 'Jiaxing' }, district: { zh: '桐乡市', en: 'Tongxiang' } },
  { city: { zh: '湖州市', en: 'Huzhou' }, district: { zh: '德清县', en: 'Deqing County' } },
  { city: { zh: '金华市', en: 'Jinhua' }, district: { zh: '义乌市', en: 'Yiwu' } },
  { city: { zh: '台州市', en: 'Taizhou' }, district: { zh: '温岭市', en: 'Wenling' } },
] as const;

/** Characters for town names; their pinyin is unambiguous. */
const nameCharacters = [...'东西南新安平清溪山河桥塘湖宁永兴宝丰云龙白石花梅竹松林田港浦阳泉源华嘉明春秋金玉凤瑞福顺泰峰岭'];

/** The real towns' names (content/gazetteer.yaml), replaced in recombined text by the synthetic town's. */
const realNames = loadGazetteer().map((town) => ({ zh: town.keys, en: town.en.replace(/ (Subdistrict|Town)$/, '') }));

function rename(pair: Pair, name: { zh: string; en: string; level: string; levelEn: string }): Pair {
  let { zh, en } = pair;
  for (const real of realNames) {
    for (const form of real.zh) zh = zh.replace(new RegExp(`${form}(街道|镇)?`, 'g'), (_, level) => (level ? name.zh + name.level : name.zh));
    en = en.replace(new RegExp(`${real.en}( Subdistrict| Town)?`, 'g'), (_, level) => (level ? `${name.en} ${name.levelEn}` : name.en));
  }
  return { ...pair, zh, en };
}

export function generateCorpus(count: number, out: string, seed = 1, source = 'content') {
  const rng = random(seed);
  const real = readdirSync(`${source}/reports/zh`)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const pool = real.map((name) => {
    const zh = matter(readContentMarkdown(`${source}/reports/zh/${name}`).text);
    const en = matter(readContentMarkdown(`${source}/reports/en/${name}`).text);
    return { name, data: zh.data as { script: string; source: { file: string; sha256: string } }, ...alignedPairs(zh.body, en.body, name) };
  });
  const paragraphs = pool.flatMap((report) => report.paragraphs);
  const headings = pool.flatMap((report) => report.headings);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(`${out}/reports/zh`, { recursive: true });
  mkdirSync(`${out}/reports/en`, { recursive: true });

  // Towns report over several years: about one town per three reports.
  const towns = Array.from({ length: Math.max(1, Math.ceil(count / 3)) }, (_, index) => {
    const zhName = `${rng.pick(nameCharacters)}${rng.pick(nameCharacters)}`;
    const level = rng.next() < 0.6 ? ('街道' as const) : ('镇' as const);
    const plain = pinyin(zhName, { toneType: 'none', type: 'array' }).join('');
    const toned = pinyin(zhName, { type: 'array' }).join('');
    const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
    return {
      slug: `${plain}-${index + 1}`,
      zh: zhName,
      en: capital(plain),
      pinyin: `${capital(toned)} ${level === '街道' ? 'Jiēdào' : 'Zhèn'}`,
      level,
      place: rng.pick(districts),
      firstYear: rng.int(2012, 2022),
    };
  });

  let written = 0;
  for (let index = 0; index < count; index++) {
    const town = towns[index % towns.length]!;
    const year = town.firstYear + Math.floor(index / towns.length);
    const base = rng.pick(pool);
    const levelEn = town.level === '街道' ? 'Subdistrict' : 'Town';
    const name = { zh: town.zh, en: town.en, level: town.level, levelEn };
    const slug = `${town.slug}-${year}`;
    const take = (items: Pair[], used: Set<Pair>) => {
      let item = rng.pick(items);
      while (used.has(item)) item = rng.pick(items);
      used.add(item);
      return rename(item, name);
    };
    const used = new Set<Pair>();
    const zh: string[] = [];
    const en: string[] = [];
    const add = (pair: Pair, prefix = '') => (zh.push(`${prefix}${pair.zh}`), en.push(`${prefix}${pair.en}`));
    for (let lead = rng.int(1, 2); lead > 0; lead--) add(take(paragraphs, used));
    for (let section = rng.int(4, 6); section > 0; section--) {
      add(take(headings, used), '## ');
      for (let paragraph = rng.int(3, 5); paragraph > 0; paragraph--) add(take(paragraphs, used));
    }
    const sources = [...new Set([...used].map((pair) => pair.from.replace(/\.md$/, '')))].join(', ');
    const publisher = town.level === '街道' ? { zh: '街道办事处', en: 'Office' } : { zh: '镇人民政府', en: "People's Government" };
    const frontmatter = {
      slug,
      town: { zh: `${town.zh}${town.level}`, pinyin: town.pinyin, en: `${town.en} ${levelEn}` },
      level: town.level,
      district: town.place.district,
      city: town.place.city,
      province: { zh: '浙江省', en: 'Zhejiang' },
      kind: 'work-report',
      title: { zh: `${town.zh}${town.level}${year}年工作报告`, en: `Work Report of ${town.en} ${levelEn} for ${year}`, supplied: true },
      publisher: { zh: `${town.zh}${publisher.zh}`, en: `${town.en} ${levelEn} ${publisher.en}` },
      abstract: {
        zh: `${town.zh}${town.level}${year}年工作报告（合成文本，供规模测试，非真实文件）。`,
        en: `Work report of ${town.en} ${levelEn} for ${year}: a synthetic text for the scale benchmark, not a real document.`,
      },
      yearsCovered: [year],
      script: base.data.script,
      notes: [`Synthetic report for the scale benchmark, recombined from paragraphs of ${sources}; not a real document.`],
      source: { file: base.data.source.file, sha256: base.data.source.sha256 },
    };
    writeFileSync(`${out}/reports/zh/${slug}.md`, `---\n${stringify(frontmatter)}---\n\n${zh.join('\n\n')}\n`);
    const translation = { slug, lang: 'en', translatedBy: 'The editors of Town Reports', translated: '2026-11-23', fromReading: 'normalized' };
    writeFileSync(`${out}/reports/en/${slug}.md`, `---\n${stringify(translation)}---\n\n${en.join('\n\n')}\n`);
    written++;
  }
  // No published ids yet: the anchor contract starts empty for a generated corpus.
  writeFileSync(`${out}/anchors.json`, '{}\n');
  writeFileSync(`${out}/anchor-aliases.json`, '{}\n');
  return { written, paragraphs: paragraphs.length, headings: headings.length };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '50' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, not ${values.count}`);
  const out = values.out ?? join(tmpdir(), 'town-reports-bench', String(count), 'content');
  const result = generateCorpus(count, out, Number(values.seed));
  console.log(`${out}: ${result.written} reports from ${result.paragraphs} paragraphs and ${result.headings} headings`);
}
