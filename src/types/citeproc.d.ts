/** citeproc-js (npm citeproc) ships no types; the part the edition uses. */
declare module 'citeproc' {
  const CSL: { Engine: new (sys: object, style: string, lang?: string, forceLang?: boolean) => any };
  export default CSL;
}
