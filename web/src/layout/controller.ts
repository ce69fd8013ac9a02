import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { NewsGraph } from '../graph/types.ts';

/**
 * ForceAtlas2 in a web worker while running; on stop, one noverlap pass pulls apart nodes that
 * still sit on each other. Positions are written to the graph's x/y, which sigma re-reads.
 */
export function createLayout(graph: NewsGraph) {
  let fa2: FA2Layout | null = null;
  return {
    running: () => fa2?.isRunning() ?? false,
    start() {
      fa2 ??= new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false } });
      fa2.start();
    },
    stop() {
      if (!fa2?.isRunning()) return;
      fa2.stop();
      noverlap.assign(graph, { maxIterations: graph.order > 5000 ? 10 : 50, settings: { margin: 1, ratio: 1.2 } });
    },
    kill() {
      fa2?.kill();
      fa2 = null;
    },
  };
}
