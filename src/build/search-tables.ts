/**
 * The search page's pinyin table and vocabulary for this edition (the endpoints search/pinyin.json and
 * search/vocabulary.json): the glossary, the reports' metadata and the translations' text, read a report
 * at a time.
 */
import { loadReportIndex } from './reports.ts';
import { readRendering } from './rendering.ts';
import { pinyinTable, placeNames } from './pinyin-table.ts';
import { vocabularyCounter } from './search-vocabulary.ts';
import { loadGlossary } from '../lib/glossary.ts';
import type { PinyinTableFile } from '../lib/search-pinyin.ts';
import type { VocabularyFile } from '../lib/search-suggest.ts';

export async function editionPinyinTable(): Promise<PinyinTableFile> {
  const places = (await loadReportIndex()).flatMap((report) => placeNames(report.meta));
  return pinyinTable(loadGlossary(), places);
}

export async function editionVocabulary(): Promise<VocabularyFile> {
  const counter = vocabularyCounter(loadGlossary());
  for (const report of await loadReportIndex()) {
    const translation = report.entries.translation;
    if (!translation) continue;
    // The headings and paragraphs, as the index has them (search-records.ts); blocks hold removed material.
    for (const anchor of (await readRendering(translation)).anchors) if (anchor.kind !== 'block') counter.add(anchor.text);
  }
  return counter.file(await editionPinyinTable());
}
