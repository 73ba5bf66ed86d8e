/** The six citation formats and their names: small enough for the page bundle. */
export const citationFormats = ['gbt7714', 'chicago', 'apa', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof citationFormats)[number];

export const formatLabels: Record<CitationFormat, string> = {
  gbt7714: 'GB/T 7714-2015',
  chicago: 'Chicago (notes and bibliography)',
  apa: 'APA 7',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};
