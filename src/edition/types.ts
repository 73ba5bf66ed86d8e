/**
 * The edition's shared types: what a Markdown file is, what the plugins record
 * about it (anchors, interventions, glossary terms) and the typed file.data
 * that carries them. Plugins, build code, exports and components import them
 * from here.
 */
import type { Certainty, Reason } from './reasons.ts';

/** The editorial marks (syntax and rules in marks.ts). */
export type MarkKind = 'corr' | 'gap' | 'del' | 'frag' | 'moved' | 'join' | 'split' | 'unclear' | 'pinyin';

/**
 * What a Markdown file is, as its caller knows it (the collection it belongs to); the plugins never
 * guess it from frontmatter. A report has two readings and editorial marks, a translation one reading
 * of the normalized text, prose (the about pages) is plain Markdown without marks or glossary links.
 */
export const fileKinds = ['report', 'translation', 'prose'] as const;
export type FileKind = (typeof fileKinds)[number];

/** The script a report was printed in: the normalized reading is always mainland simplified. */
export type Script = 'Hans' | 'Hant';

/** The language of a file's text. */
export type Language = 'zh' | 'en';

/** Bibliographic kinds of the documents the edition publishes (report metadata `kind`). */
export const documentKinds = ['newspaper-feature', 'news-article', 'work-report', 'work-plan'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export interface Anchor {
  id: string;
  kind: 'section' | 'paragraph' | 'block';
  /** Heading level for sections. */
  depth?: number;
  /** The normalized reading of the block. */
  text: string;
  /** The printed reading, where it differs from the normalized one's markup (reports only). */
  printed?: string;
}

export interface Intervention {
  /** Position in the report, also the number shown in the notes. */
  index: number;
  kind: MarkKind | 'punct';
  why: Reason | 'punct';
  cert: Certainty;
  /** What the source printed. */
  sic: string;
  /** What the normalized reading shows (for a :pinyin flag, the right reading of the character). */
  reading: string;
  note?: string;
  /** For punctuation: how many marks changed in the block. */
  count?: number;
  line: number;
  /** Filled in by rehype-anchors: the id of the block holding the mark. */
  anchor?: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the caller: the language of the file's text (the English typography applies to 'en'). */
    lang: Language;
    /** Set by the caller for a report: the script it was printed in (default Hans). */
    script: Script;
    /** Recorded by rehype-anchors: every section, paragraph and editorial block. */
    anchors: Anchor[];
    /** Recorded by remark-editorial: every intervention, in order (empty outside reports). */
    editorial: Intervention[];
    /** Recorded by remark-glossary: ids of the glossary terms marked in the text. */
    glossaryTerms: string[];
    /** Recorded by remark-editorial for a report or translation: its top-level blocks, each of which must reach the page. */
    markdownBlocks: number;
  }
}
