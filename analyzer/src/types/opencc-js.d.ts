// opencc-js ships types for its entry points but not for its raw dictionaries.
declare module 'opencc-js/dict/*' {
  /** `source replacement|source replacement|…` */
  const dictionary: string;
  export default dictionary;
}
