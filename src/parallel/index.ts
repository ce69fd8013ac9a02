// Scale: process pages on worker threads in input order, and show progress on long runs.
export { defaultWorkers, PAGES_PER_WORKER, workersFor, processPages, readAhead, type Ahead, type ParallelOptions, type Progress } from './process.ts';
export { countPages, formatProgress, progressBar, type ProgressBar } from './progress.ts';
export { releasePipeline, trimMemory } from './memory.ts';
