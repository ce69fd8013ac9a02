// Specs only: the explorer fixture graph (test/fixtures/web/graph.json), read in node.
import { readFileSync } from 'node:fs';
import { importGraph } from './graph/load.ts';
import type { NewsGraph } from './graph/types.ts';

export function fixtureGraph(): NewsGraph {
  return importGraph(JSON.parse(readFileSync(new URL('../../test/fixtures/web/graph.json', import.meta.url), 'utf8')));
}
