import { createRequire } from 'node:module';
import { releaseDictionaries } from '../nlp/segment.ts';

interface MemoryAddon {
  trimMemory(): boolean;
}

let addon: MemoryAddon | null | undefined;

/**
 * Gives the memory malloc holds free back to the system (native/memory.c, built at install). Where the
 * addon is not built (`npm install --ignore-scripts`) or there is no glibc this does nothing and says false:
 * the build's output is the same, it only keeps more memory.
 */
export function trimMemory(): boolean {
  if (addon === undefined) {
    try {
      addon = createRequire(import.meta.url)('../../build/Release/newsgraph_memory.node') as MemoryAddon;
    } catch {
      addon = null;
    }
  }
  return addon?.trimMemory() ?? false;
}

/**
 * After the last page: frees the dictionaries this thread loaded (it processed pages itself: one worker,
 * or pages the workers were not given) and gives freed memory back, before the graph is built and written.
 * The next page segmented loads them again.
 */
export function releasePipeline(): void {
  releaseDictionaries();
  trimMemory();
}
