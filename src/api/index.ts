// The public API of `import … from 'newsgraph'`: build a graph from page results, write it, query it.
export { buildGraph, GraphBuilder, type BuildOptions } from '../graph/build.ts';
export { PageCache, pipelineVersion } from '../graph/cache.ts';
export { addPages, type CorpusStats } from '../graph/corpus.ts';
export { summarise, type GraphSummary } from '../graph/summary.ts';
export type { EdgeAttributes, EdgeKind, Evidence, GraphAttributes, NewsGraph, NodeAttributes, NodeType } from '../graph/types.ts';
export { FORMATS, writeOutputs, type Format } from '../export/index.ts';
export {
  GraphQuery,
  NotFoundError,
  openGraph,
  type EdgeView,
  type Match,
  type Neighbour,
  type NodeRef,
  type PathStep,
  type ProgrammePlace,
  type TopMetric,
} from '../query/index.ts';
