// graphology-gexf ships no declaration for its DOM-free writer entry; it is the same `write`.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writer: typeof write;
  export default writer;
}
