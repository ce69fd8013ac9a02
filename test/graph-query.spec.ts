import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../src/export/index.ts';
import { buildGraph } from '../src/graph/build.ts';
import { NotFoundError, openGraph, type GraphQuery } from '../src/query/index.ts';
import { loadFixtures } from './fixtures/graph/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-query-'));
writeOutputs(buildGraph(loadFixtures()), dir, ['json']);
const file = join(dir, 'graph.json');
const q = openGraph(file);

describe('find', () => {
  it('matches label, alias, full pinyin and initials, best first', () => {
    expect(q.find('赵立平')[0]).toMatchObject({ id: 'person:赵立平@零陵区委', by: 'label' });
    expect(q.find('零陵分局')[0]).toMatchObject({ id: 'organisation:零陵公安分局', by: 'alias' });
    expect(q.find('ZhaoLiping')[0]).toMatchObject({ id: 'person:赵立平@零陵区委', by: 'pinyin' });
    expect(q.find('zlp')[0]).toMatchObject({ id: 'person:赵立平@零陵区委', by: 'initials' });
    expect(q.find('派出所').map((m) => m.id)).toEqual(['organisation:塘底派出所', 'organisation:徐家井派出所']);
  });
  it('throws NotFoundError with close matches for an unknown name', () => {
    expect(() => q.resolve('三常制')).toThrow(NotFoundError);
    try {
      q.resolve('零陵公安局');
    } catch (err) {
      expect((err as NotFoundError).suggestions.map((m) => m.id)).toContain('organisation:零陵公安分局');
      expect((err as Error).message).toMatch(/^no entity named '零陵公安局'; did you mean .*零陵公安分局 \(organisation\)/);
    }
  });
});

describe('neighbours, evidence, path, ego, top', () => {
  it('filters neighbours by node type, edge kind and weight', () => {
    const places = q.neighbours('三长制', { type: 'place' });
    expect(places.map((n) => n.label).sort()).toEqual(['双峰县', '娄底市', '桂东县', '沙田镇', '洪山殿镇', '锁石镇']);
    expect(places.every((n) => n.kind === 'cooccurrence' && n.direction === 'both')).toBe(true);
    expect(q.neighbours('零陵公安分局', { kind: 'part_of' }).map((n) => [n.label, n.direction])).toEqual([
      ['永州市公安局', 'out'],
      ['徐家井派出所', 'in'],
    ]);
    expect(q.neighbours('三长制', { type: 'place', minWeight: 1 }).length).toBeLessThan(places.length);
  });
  it('returns every edge between two entities with its evidence', () => {
    const edges = q.evidence('赵立平', '零陵区委');
    expect(edges.map((e) => e.kind)).toEqual(['cooccurrence', 'holds_role_at']);
    expect(edges[1].evidence[0].text).toContain('零陵区委书记赵立平');
  });
  it('finds the shortest path across relation kinds, preferring relations on ties', () => {
    const steps = q.path('赵立平', '永州市公安局')!;
    expect(steps[0].label).toBe('赵立平');
    expect(steps.at(-1)!.label).toBe('永州市公安局');
    expect(steps.length).toBe(4);
    expect(steps.map((s) => s.via?.kind)).toEqual(['cooccurrence', 'located_in', 'part_of', undefined]);
    expect(steps[1].via!.forward).toBe(false); // 零陵公安分局 located_in 零陵区, walked backwards
    // 赵立平 and 零陵区委 share a co-occurrence and a holds_role_at edge: the relation is shown
    expect(q.path('赵立平', '零陵区委')![0].via).toMatchObject({ kind: 'holds_role_at', forward: true });
    expect(q.path('郭光文', '赵立平')).toBeNull();
  });
  it('ego collects the neighbourhood and the edges inside it', () => {
    const ego = q.ego('徐家井派出所', 1);
    expect(ego.nodes[0].id).toBe('organisation:徐家井派出所');
    expect(ego.edges.every((e) => ego.nodes.some((n) => n.id === e.source) && ego.nodes.some((n) => n.id === e.target))).toBe(true);
  });
  it('ranks by a metric within a type', () => {
    const top = q.top({ type: 'programme', by: 'mentions', limit: 2 });
    expect(top.map((t) => t.label)).toEqual(['三长制', '守护潇湘2024']);
  });
});

describe('programmePlaces', () => {
  it('tables programme × place by articles naming both', () => {
    const rows = q.programmePlaces().filter((r) => r.programmeLabel === '三长制');
    expect(rows.map((r) => `${r.placeLabel}:${r.articles}`)).toEqual(['双峰县:1', '娄底市:1', '桂东县:1', '沙田镇:1', '洪山殿镇:1', '锁石镇:1']);
  });
});

describe("import { openGraph } from 'newsgraph'", () => {
  it('works from a script through the package self-reference', () => {
    const root = new URL('..', import.meta.url).pathname;
    const script = `import { openGraph } from 'newsgraph'; const g = openGraph(${JSON.stringify(file)}); console.log(JSON.stringify(g.neighbours('赵立平', { kind: 'holds_role_at' }).map((n) => n.id)));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['organisation:零陵区委']);
  });
});

describe('openGraph', () => {
  it('reads graph.json line by line into the same graph, and a compact export too', () => {
    const original = buildGraph(loadFixtures());
    expect(q.graph.export()).toEqual(original.export());
    const compact = join(dir, 'compact.json');
    writeFileSync(compact, JSON.stringify(original.export()));
    expect(openGraph(compact).graph.export()).toEqual(original.export());
  });
  it('says what is wrong with a truncated or foreign file', () => {
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, readFileSync(file, 'utf8').slice(0, 2000).replace(/\n[^\n]*$/, '\n'));
    expect(() => openGraph(truncated)).toThrow(/ends before the edge list does.*build it again/);
    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, '[1, 2');
    expect(() => openGraph(foreign)).toThrow(/is not a graph written by 'newsgraph build'/);
  });
});

describe("openGraph with edges: 'as-needed'", () => {
  const lazy = () => openGraph(file, { edges: 'as-needed' });
  const entities = q.graph.filterNodes((_, a) => a.type !== 'article');

  it('opens with the nodes alone and reads only the edges a question touches', () => {
    const l = lazy();
    expect(l.graph.order).toBe(q.graph.order);
    expect(l.graph.size).toBe(0);
    expect(l.top({ by: 'degree', limit: 3 })).toEqual(q.top({ by: 'degree', limit: 3 }));
    expect(l.graph.size).toBe(0);
    l.neighbours('零陵公安分局');
    expect(l.graph.size).toBe(q.graph.edges('organisation:零陵公安分局').length);
    l.evidence('赵立平', '零陵区委');
    expect(l.graph.hasEdge('holds_role_at:person:赵立平@零陵区委|organisation:零陵区委')).toBe(true);
  });

  it('answers every question as the whole graph does', () => {
    // A fresh graph for each question: one that read edges for an earlier question could hide a missing read.
    const pairs = entities.map((a, i) => [a, entities[(i * 7 + 3) % entities.length]]);
    const each = (ask: (g: GraphQuery, a: string, b: string) => unknown) => {
      for (const [a, b] of pairs) expect(ask(lazy(), a, b), `${a}, ${b}`).toEqual(ask(q, a, b));
    };
    each((g, a) => g.neighbours(a));
    each((g, a) => g.ego(a, 2, 40));
    each((g, a, b) => g.path(a, b));
    each((g, a, b) => g.evidence(a, b));
    expect(lazy().programmePlaces()).toEqual(q.programmePlaces());
    expect(lazy().find('派出所')).toEqual(q.find('派出所'));
  });

  it('says what is wrong when the edge list is cut short or the file changes after opening', () => {
    const truncated = join(dir, 'truncated-edges.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(truncated, text.slice(0, text.indexOf('\n', text.indexOf('],"edges":[') + 2000) + 1));
    const cut = openGraph(truncated, { edges: 'as-needed' });
    expect(cut.entity('赵立平').label).toBe('赵立平');
    expect(() => cut.neighbours('赵立平')).toThrow(/truncated-edges\.json: the file ends before the edge list does.*build it again/);

    const moving = join(dir, 'moving.json');
    writeFileSync(moving, text);
    const l = openGraph(moving, { edges: 'as-needed' });
    l.neighbours('三长制'); // the edge lines are found
    writeFileSync(moving, text.replace(/"evidence":\[\{/g, '"evidence":[ {'));
    expect(() => l.neighbours('赵立平')).toThrow(/moving\.json changed since it was opened \(built again\?\); open it again/);
  });

  it('reads a self-loop once, as the whole graph does', () => {
    const path = join(dir, 'loop.json');
    const head = '{"options":{"type":"mixed","multi":true,"allowSelfLoops":true},"attributes":{},"nodes":[';
    const node = (key: string) => JSON.stringify({ key, attributes: { label: key, type: 'place', aliases: [], pinyin: key } });
    const edge = (key: string, source: string, target: string) => JSON.stringify({ key, source, target, attributes: { kind: 'within', weight: 1 } });
    writeFileSync(path, [head, `${node('A')},`, node('B'), '],"edges":[', `${edge('A|A', 'A', 'A')},`, edge('A|B', 'A', 'B'), ']}', ''].join('\n'));
    const whole = openGraph(path);
    const l = openGraph(path, { edges: 'as-needed' });
    expect(l.neighbours('A')).toEqual(whole.neighbours('A'));
    expect(l.neighbours('A').map((n) => n.edge)).toEqual(['A|A', 'A|B']);
    expect(l.ego('B', 2)).toEqual(whole.ego('B', 2));
  });

  it('keeps where the edge lines are beside the file, and looks again when the file is another', () => {
    const path = join(dir, 'indexed.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(path, text);
    const first = openGraph(path, { edges: 'as-needed' });
    const answer = first.neighbours('赵立平');
    expect(existsSync(`${path}.index`)).toBe(true);
    // The next opening reads the index, not the file; one whose lines are not where it says is found again.
    const index = readFileSync(`${path}.index`);
    const broken = Buffer.from(index);
    const lines = (index.length - 64) / 20; // the head (24 + 40 bytes), then 20 bytes an edge
    broken.fill(0, 64, 64 + 8 * lines); // every line at byte 0
    writeFileSync(`${path}.index`, broken);
    expect(openGraph(path, { edges: 'as-needed' }).neighbours('赵立平')).toEqual(answer);
    expect(readFileSync(`${path}.index`).equals(index)).toBe(true);
    // An index that cannot be read (here a folder) is passed over.
    rmSync(`${path}.index`);
    mkdirSync(`${path}.index`);
    expect(openGraph(path, { edges: 'as-needed' }).neighbours('赵立平')).toEqual(answer);
    rmSync(`${path}.index`, { recursive: true });
    // A file written again (another size and time) is read again, and its index written anew.
    writeFileSync(path, text.replace('"evidence":[{', '"evidence":[ {'));
    expect(openGraph(path, { edges: 'as-needed' }).neighbours('赵立平')).toEqual(answer);
    expect(readFileSync(`${path}.index`).equals(index)).toBe(false);
    // A file built again between opening and the first question about edges: the nodes are another file's.
    const early = openGraph(path, { edges: 'as-needed' });
    writeFileSync(`${path}.new`, text);
    renameSync(`${path}.new`, path);
    expect(() => early.neighbours('赵立平')).toThrow(/indexed\.json changed since it was opened \(built again\?\); open it again/);
    // A damaged index (cut short) is read past, not trusted.
    writeFileSync(`${path}.index`, readFileSync(`${path}.index`).subarray(0, 100));
    expect(openGraph(path, { edges: 'as-needed' }).neighbours('赵立平')).toEqual(answer);
  });
});
