// @citation-js/core ships no types; this is the part of its API the edition uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
  interface Register {
    add(name: string, value: unknown): void;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: Register; locales: Register };
      get(name: string): { format?: { asciiOnly?: boolean } } | undefined;
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
