// `import { openGraph } from 'newsgraph'`: registers tsx (the sources are TypeScript, no build step)
// the way bin/newsgraph.mjs does, then re-exports the API.
import { register } from 'tsx/esm/api';

register();
const api = await import('../src/api/index.ts');

export const {
  buildGraph,
  GraphBuilder,
  PageCache,
  pipelineVersion,
  addPages,
  summarise,
  FORMATS,
  writeOutputs,
  GraphQuery,
  NotFoundError,
  openGraph,
} = api;
