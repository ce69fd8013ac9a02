import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../fixture.ts';
import { edgeQuotes, nodeQuotes, strongestNeighbours } from './details.ts';
import { highlightSegments } from './highlight.ts';

describe('highlightSegments', () => {
  it('marks every occurrence, longest name first, without overlaps', () => {
    expect(highlightSegments('零陵区委书记赵立平在零陵区', ['零陵区', '零陵区委', '赵立平'])).toEqual([
      { text: '零陵区委', mark: true },
      { text: '书记', mark: false },
      { text: '赵立平', mark: true },
      { text: '在', mark: false },
      { text: '零陵区', mark: true },
    ]);
  });

  it('keeps markup in the text as plain characters', () => {
    const segments = highlightSegments('<img src=x onerror=alert(1)>赵立平', ['赵立平']);
    expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)>赵立平');
    expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)>', mark: false });
  });

  it('returns one plain run when nothing matches and nothing for empty text', () => {
    expect(highlightSegments('没有名字', ['赵立平', ''])).toEqual([{ text: '没有名字', mark: false }]);
    expect(highlightSegments('', ['赵立平'])).toEqual([]);
  });
});

describe('panel details', () => {
  const graph = fixtureGraph();

  it('ranks neighbours by summed edge weight', () => {
    const n = strongestNeighbours(graph, 'programme:三长制');
    expect(n[0]).toMatchObject({ key: 'place:双峰县', weight: 2, edge: 'co:place:双峰县|programme:三长制' });
    expect(n.map((x) => x.weight)).toEqual([...n.map((x) => x.weight)].sort((a, b) => b - a));
  });

  it('collects each evidence sentence once with both names to highlight', () => {
    const quotes = nodeQuotes(graph, 'programme:三长制');
    const ids = quotes.map((q) => `${q.evidence.article}@${q.evidence.start}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(quotes[0].names).toContain('三长制');
    expect(quotes.some((q) => q.evidence.text.includes('网格+三长制'))).toBe(true);
    const edge = edgeQuotes(graph, 'co:place:双峰县|programme:三长制');
    expect(edge).toHaveLength(2);
    expect(edge[0].names).toEqual(expect.arrayContaining(['双峰县', '三长制']));
  });
});
