/** The reading worker's bundled code, as text (webpack.config.js, `?worker-source`). */
declare module '*?worker-source' {
  const source: string;
  export default source;
}
