// Worker entry: plain JavaScript so Node can start it from any parent (tsx CLI, bin/newsgraph.mjs,
// vitest); it registers tsx in this thread, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
