/** citeproc-js (npm citeproc) ships no types; the part the edition uses. */
declare module 'citeproc' {
  export interface Engine {
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    makeCitationCluster(items: { id: string; label?: string; locator?: string }[]): string;
    makeBibliography(): [unknown, string[]] | false;
  }
  const CSL: { Engine: new (sys: object, style: string, lang?: string, forceLang?: boolean) => Engine };
  export default CSL;
}
