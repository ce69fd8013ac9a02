import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../graph/build.ts';
import { loadFixtures } from '../../test/fixtures/graph/load.ts';
import { FORMATS, writeOutputs } from './index.ts';
import { shareFormats, writeOutputsInParallel } from './parallel.ts';

const store = () => {
  const builder = new GraphBuilder();
  for (const r of loadFixtures()) builder.add(r);
  return builder.buildStore();
};
const files = (dir: string) => Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));

describe('writeOutputsInParallel', () => {
  it('shares the formats out by cost, the main thread (which writes every head) taking less', () => {
    expect(shareFormats(FORMATS, 1)).toEqual([[...FORMATS]]);
    // Per-format seconds at 1000×: main 5.4 s of heads + gexf 8.5 + csv 6.3, the other json 10.2 + graphml 10.2.
    expect(shareFormats(FORMATS, 2)).toEqual([['gexf', 'csv'], ['json', 'graphml']]);
    expect(shareFormats(FORMATS, 3)).toEqual([['graphml'], ['gexf', 'csv'], ['json']]);
    expect(shareFormats(FORMATS, 8)).toEqual([['csv'], ['graphml'], ['gexf'], ['json']]);
    expect(shareFormats(['csv'], 4)).toEqual([['csv']]);
    // Whatever it is given, every format is written once.
    expect(shareFormats(FORMATS, 2.5)).toEqual(shareFormats(FORMATS, 2));
    expect(shareFormats(FORMATS, Number.NaN)).toEqual([[...FORMATS]]);
    expect(shareFormats(['json', 'json', 'csv'], 2).flat().sort()).toEqual(['csv', 'json']);
  });

  it('writes the same files with 2 and 4 threads as with one', async () => {
    const base = mkdtempSync(join(tmpdir(), 'newsgraph-writers-'));
    const graph = store();
    writeOutputs(graph, join(base, '1'));
    for (const threads of [2, 4]) {
      expect(await writeOutputsInParallel(graph, join(base, String(threads)), FORMATS, threads)).toHaveLength(5);
      expect(files(join(base, String(threads)))).toEqual(files(join(base, '1')));
    }
  });

  it('keeps the previous files and leaves no temporary when a thread cannot write', async () => {
    const out = mkdtempSync(join(tmpdir(), 'newsgraph-writers-'));
    writeFileSync(join(out, 'graph.json'), 'previous');
    // A folder where the writer thread's temporary must go (graphml is the second thread's).
    const blocked = `.graph.graphml.${process.pid}.tmp`;
    mkdirSync(join(out, blocked));
    await expect(writeOutputsInParallel(store(), out, FORMATS, 2)).rejects.toThrow(/graph\.graphml/);
    expect(readdirSync(out).sort()).toEqual([blocked, 'graph.json']);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe('previous');
  });
});
