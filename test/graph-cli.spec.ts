// The build / query / export commands on the real seed pages, through the CLI as a user runs them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageCache } from '../src/graph/cache.ts';
import { loadFixtures } from './fixtures/graph/load.ts';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/newsgraph.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
const OUTPUTS = ['edges.csv', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv'];

const out = tmp();
const first = run('build', 'seeds', '--out', out, '--json');
const graphFile = join(out, 'graph.json');

describe('newsgraph build', () => {
  it('builds the seed pages and writes every output', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const s = JSON.parse(first.stdout);
    expect(s).toMatchObject({ pages: 5, processed: 5, reused: 0, bad: 0 });
    expect(s.articles).toBeGreaterThan(30);
    for (const n of Object.values(s.entities)) expect(n).toBeGreaterThan(0);
    expect(s.edges.cooccurrence).toBeGreaterThan(1000);
    expect(s.edges.reported).toBeGreaterThan(0);
    expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toEqual(['cache', ...OUTPUTS].sort());
  });

  it('reuses cached pages, counts a page given twice once, and writes the same bytes', () => {
    const before = OUTPUTS.map((f) => readFileSync(join(out, f)));
    const again = run('build', 'seeds', 'seeds/000_2da82a6f435e105f.txt', '--out', out, '--json');
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ pages: 5, processed: 0, reused: 5, duplicates: 1 });
    OUTPUTS.forEach((f, i) => expect(readFileSync(join(out, f)).equals(before[i]), f).toBe(true));
  });

  it('writes only the formats asked for, removing the others left from before', () => {
    const target = tmp();
    expect(run('build', 'seeds/003_318566546281f657.txt', '--out', target, '--json').status).toBe(0);
    const json = run('build', 'seeds/003_318566546281f657.txt', '--out', target, '--format', 'json,csv', '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).outputs.map((p: string) => p.split('/').pop())).toEqual(['graph.json', 'nodes.csv', 'edges.csv']);
    expect(readdirSync(target).filter((f) => !f.startsWith('.')).sort()).toEqual(['cache', 'edges.csv', 'graph.json', 'nodes.csv']);
    const bad = run('build', 'seeds/003_318566546281f657.txt', '--out', target, '--format', 'json,neo4j');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/build: --format takes some of json, gexf, graphml, csv \(got 'neo4j'\); write it .*newsgraph export --format neo4j/);
  });

  it('reports a bad page on stderr, builds the rest and exits 3', () => {
    const pages = tmp();
    copyFileSync(join(root, 'seeds/003_318566546281f657.txt'), join(pages, 'good.txt'));
    writeFileSync(join(pages, 'empty.txt'), '  \n\n');
    const target = tmp();
    const r = run('build', pages, '--out', target, '--json');
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/empty\.txt: .+/);
    expect(JSON.parse(r.stdout)).toMatchObject({ pages: 1, bad: 1 });
  });

  it('keeps the previous outputs when no page can be read', () => {
    const before = readFileSync(graphFile);
    const r = run('build', join(root, 'no/such/folder'), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/previous outputs .* are kept/);
    expect(readFileSync(graphFile).equals(before)).toBe(true);
  });

  it('pins seed facts: 赵立平 holds_role_at 零陵区委; 永州市公安局 located_in 永州市; 单建华 signed pages 000, 003, 004', () => {
    const role = JSON.parse(run('query', 'neighbours', '赵立平', '--kind', 'holds_role_at', '--graph', graphFile, '--json').stdout);
    expect(role.map((n: { id: string }) => n.id)).toEqual(['organisation:零陵区委']);
    const located = JSON.parse(run('query', 'neighbours', '永州市公安局', '--kind', 'located_in', '--graph', graphFile, '--json').stdout);
    expect(located.map((n: { id: string }) => n.id)).toContain('place:永州市');
    const signed = JSON.parse(run('query', 'neighbours', '单建华', '--kind', 'reported', '--graph', graphFile, '--json').stdout);
    const docs = new Set(signed.map((n: { id: string }) => n.id.slice('article:'.length, n.id.indexOf('#'))));
    expect([...docs].sort()).toEqual(['000_2da82a6f435e105f.txt', '003_318566546281f657.txt', '004_46606091322ec084.txt']);
  });
});

describe('PageCache', () => {
  it('returns a result only for the same pipeline version and file name', () => {
    const dir = tmp();
    const [page] = loadFixtures();
    new PageCache(dir, 'v1').put(page);
    expect(new PageCache(dir, 'v1').get(page.hash, page.doc)?.entities.length).toBe(page.entities.length);
    expect(new PageCache(dir, 'v2').get(page.hash, page.doc)).toBeUndefined();
    expect(new PageCache(dir, 'v1').get(page.hash, 'renamed.txt')).toBeUndefined();
    writeFileSync(join(dir, `${page.hash}.json`), '{"version":');
    expect(new PageCache(dir, 'v1').get(page.hash, page.doc)).toBeUndefined();
  });
});

describe('newsgraph query', () => {
  const query = (...args: string[]) => run('query', ...args, '--graph', graphFile);
  it('answers entity, top, evidence, path and programmes, as text and --json', () => {
    const entity = query('entity', '永州市公安局');
    expect(entity.status).toBe(0);
    expect(entity.stdout).toMatch(/^永州市公安局 \(organisation\) organisation:永州市公安局/);
    const top = JSON.parse(query('top', '--type', 'place', '--by', 'pagerank', '--limit', '3', '--json').stdout);
    expect(top).toHaveLength(3);
    expect(top[0].value).toBeGreaterThanOrEqual(top[2].value);
    const evidence = JSON.parse(query('evidence', '永州市公安局', '永州市', '--json').stdout);
    expect(evidence.map((e: { kind: string }) => e.kind)).toContain('located_in');
    expect(query('path', '单建华', '零陵区捣毁一处非法屠宰窝点').status).toBe(1); // articles are not found by name
    const programmes = JSON.parse(query('programmes', '--json').stdout);
    expect(programmes.length).toBeGreaterThan(0);
    expect(Object.keys(programmes[0])).toEqual(['programme', 'programmeLabel', 'place', 'placeLabel', 'articles']);
  });
  it('says in one line that a name is unknown, with close matches, and exits 1', () => {
    const r = query('entity', '永州公安厅');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no entity named '永州公安厅'; did you mean .*永州市公安局/);
  });
  it('exits 2 on a bad option value and 1 when there is no graph', () => {
    expect(query('top', '--by', 'size').status).toBe(2);
    expect(query('top', '--limit', '2.5').stderr).toMatch(/query: --limit takes a whole number ≥ 1 \(got '2.5'\)/);
    expect(query('neighbours', '三长制', '--min-weight=-1').stderr).toMatch(/query: --min-weight takes a number ≥ 0 \(got '-1'\)/);
    expect(query('ego', '三长制', '--hops', 'two').status).toBe(2);
    const r = run('query', 'top', '--graph', join(tmp(), 'graph.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/run 'newsgraph build' first/);
  });
});

describe('newsgraph export', () => {
  it('writes only the asked formats from graph.json', () => {
    const target = tmp();
    mkdirSync(target, { recursive: true });
    const r = run('export', '--graph', graphFile, '--out', target, '--format', 'gexf,csv');
    expect(r.status).toBe(0);
    expect(readdirSync(target).sort()).toEqual(['edges.csv', 'graph.gexf', 'nodes.csv']);
    expect(readFileSync(join(target, 'graph.gexf')).equals(readFileSync(join(out, 'graph.gexf')))).toBe(true);
    expect(existsSync(join(target, 'graph.json'))).toBe(false);
  });
});
