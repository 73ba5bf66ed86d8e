/**
 * The popover note of each intervention and the summary of an editorial
 * block, in both interface languages (the stylesheet shows one).
 */
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Intervention } from '../../edition/types.ts';
import { reasons } from '../../edition/reasons.ts';
import { readingClass } from '../../edition/reading.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

/** What each kind of mark did, in words; `sic` has its spaces made visible. */
const what: Record<Intervention['kind'], (entry: Intervention, sic: string) => Bilingual> = {
  corr: (entry, sic) => (entry.sic ? { zh: `原印“${sic}”`, en: `printed “${sic}”` } : { zh: '原脱', en: 'not printed' }),
  gap: (entry, sic) => ({ zh: `阙文${entry.reading.length}字，原印“${sic}”`, en: `lacuna of ${entry.reading.length}, printed “${sic}”` }),
  del: (_, sic) => ({ zh: `删去“${sic}”`, en: `removed “${sic}”` }),
  frag: () => ({ zh: '此段原印于别处，移归原位', en: 'printed elsewhere, restored to its place' }),
  join: () => ({ zh: '原印为两段，合并', en: 'printed as two paragraphs, joined' }),
  split: () => ({ zh: '原印为一段，分开', en: 'printed as one paragraph, set apart' }),
  unclear: () => ({ zh: '未能释读，照原印保留', en: 'unresolved, kept as printed' }),
  pinyin: (entry, sic) => ({ zh: `原印“${sic}”，应读 ${entry.reading}`, en: `printed “${sic}”, should read ${entry.reading}` }),
  moved: () => ({ zh: '', en: '' }),
  punct: () => ({ zh: '', en: '' }),
};

export const blockSummary = {
  moved: { zh: '此处原印一段错位文字，已移归原位 →', en: 'a misplaced fragment printed here was restored to its place →' },
  removed: (why: keyof typeof reasons): Bilingual => ({ zh: `删去：${reasons[why].zh}`, en: `removed: ${reasons[why].en}` }),
};

function describe(entry: Intervention): Bilingual {
  const reason = entry.why === 'punct' ? { zh: '标点规范', en: 'punctuation normalized' } : reasons[entry.why];
  const probable = entry.cert === 'probable' ? { zh: '（推定）', en: ' (probable)' } : { zh: '', en: '' };
  const extra = entry.note ? { zh: `；${entry.note}`, en: `; ${entry.note}` } : { zh: '', en: '' };
  const done = what[entry.kind](entry, entry.sic.replace(/ /g, '␣'));
  return { zh: `${done.zh}：${reason.zh}${probable.zh}${extra.zh}`, en: `${done.en}: ${reason.en}${probable.en}${extra.en}` };
}

/** A text in both interface languages. */
export function bilingual(text: Bilingual): Element[] {
  return [h('span', { lang: 'zh-Hans', className: ['ui-zh'] }, text.zh), h('span', { lang: 'en', className: ['ui-en'] }, text.en)];
}

/** The id of a mark's note; a mark shown in both readings (:pinyin) has a second note in the printed one. */
export const noteId = (entry: Intervention, reading: 'norm' | 'print' = 'norm') => `ed-note-${entry.index}${reading === 'print' ? '-print' : ''}`;

/** The note of a mark, referenced by the mark's aria-describedby. */
export function noteElement(entry: Intervention, reading: 'norm' | 'print' = 'norm'): Element {
  return h('span', { className: [readingClass.note], id: noteId(entry, reading), role: 'note', translate: 'no' }, bilingual(describe(entry)));
}
