// opencc-js ships types for its presets and core only; these are its per-locale dictionaries.
declare module 'opencc-js/from/*' {
  const dictionaries: readonly import('opencc-js/core').DictGroup[];
  export default dictionaries;
}
declare module 'opencc-js/to/*' {
  const dictionaries: readonly import('opencc-js/core').DictGroup[];
  export default dictionaries;
}
