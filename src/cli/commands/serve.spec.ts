import { describe, expect, it } from 'vitest';
import { UsageError } from '../command.ts';
import { describeView, parsePort, viewLimits } from './serve.ts';

describe('serve: what the explorer is given of a large graph', () => {
  it('takes whole numbers ≥ 0 as limits and says which option is wrong otherwise', () => {
    expect(viewLimits('serve', { 'max-nodes': '500', 'max-edges': '0' })).toEqual({ maxNodes: 500, maxEdges: 0 });
    for (const bad of ['-1', '2.5', 'many']) {
      expect(() => viewLimits('start', { 'max-nodes': bad, 'max-edges': '10' })).toThrow(UsageError);
      expect(() => viewLimits('start', { 'max-nodes': bad, 'max-edges': '10' })).toThrow(`start: --max-nodes takes a whole number ≥ 0, 0 for no limit (got '${bad}')`);
    }
    expect(() => viewLimits('serve', { 'max-nodes': '10', 'max-edges': '-5' })).toThrow(/--max-edges takes .* \(got '-5'\)/);
  });

  it('takes a port from 0 to 65535', () => {
    expect(parsePort('serve', '0')).toBe(0);
    expect(parsePort('start', '65535')).toBe(65535);
    for (const bad of ['65536', '-1', '80.5', 'http', '', '0x50', '8e1']) {
      expect(() => parsePort('start', bad)).toThrow(`start: --port takes a whole number from 0 to 65535 (got '${bad}')`);
    }
  });

  it('tells in one line how much of the graph the explorer gets', () => {
    const line = describeView({ nodes: 20_000, edges: 100_000, totalNodes: 234_644, totalEdges: 2_020_232 });
    expect(line).toBe(
      'the graph has 234,644 nodes and 2,020,232 edges: the explorer gets 20,000 nodes, highest PageRank first, and 100,000 edges among them, strongest first; ' +
        "--max-nodes and --max-edges set how many (0: no limit), 'newsgraph query' answers over the whole graph",
    );
  });
});
