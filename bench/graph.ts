// npm run bench:graph [-- --scales 1,100,1000]
// Graph build time and peak memory on the seed pages and on synthetic corpora N× larger
// (bench/graph.corpus.ts), plus query latency on the largest. Each scale runs in its own process
// so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeOutputs, type Format } from '../src/export/index.ts';
import { GraphBuilder } from '../src/graph/build.ts';
import { summarise } from '../src/graph/summary.ts';
import { isPageError, readPages } from '../src/ingest/index.ts';
import type { PageResult } from '../src/model/types.ts';
import { processPage } from '../src/pipeline.ts';
import { openGraph } from '../src/query/index.ts';
import { syntheticPage } from './graph.corpus.ts';

const { values } = parseArgs({
  options: { scales: { type: 'string', default: '1,1000' }, scale: { type: 'string' }, formats: { type: 'string', default: 'json,graphml,csv,gexf' } },
});

interface Row {
  scale: number;
  pages: number;
  articles: number;
  nodes: number;
  edges: number;
  pipelineS?: number;
  addS: number;
  buildS: number;
  writeS: number;
  /** openGraph(graph.json): read, parse, index names. */
  openS: number;
  /** openGraph(graph.json, { edges: 'as-needed' }): the nodes alone. */
  openNodesS: number;
  /** Its first question about edges (neighbours of the hub): the edge lines are found, then read. */
  firstEdgesS: number;
  outputMB: number;
  /** Peak RSS through build and write. */
  buildPeakMB: number;
  /** Peak RSS including openGraph and the queries (the built graph is released first). */
  peakMB: number;
  queries?: Record<string, number>;
  notes: string[];
}

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(2));

/** Median milliseconds of `fn` over `runs` calls (after one warm-up). */
function latency(fn: (i: number) => unknown, runs = 21): number {
  fn(0);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    times.push(performance.now() - t);
  }
  return Number(times.sort((a, b) => a - b)[runs >> 1].toFixed(3));
}

/** The seeds and scale−1 synthetic copies, added page by page; the builder is gone on return. */
function syntheticGraph(seeds: PageResult[], scale: number) {
  let t = performance.now();
  const builder = new GraphBuilder();
  for (let copy = 0; copy < scale; copy++) for (const seed of seeds) builder.add(syntheticPage(seed, copy));
  const addS = seconds(t);
  t = performance.now();
  const graph = builder.buildStore(); // as `newsgraph build` does: written without graphology
  return { graph, addS, buildS: seconds(t) };
}

async function runScale(scale: number): Promise<Row> {
  const notes: string[] = [];
  let t = performance.now();
  const seeds: PageResult[] = [];
  for await (const page of readPages(['seeds'])) if (!isPageError(page)) seeds.push(processPage(page));
  const pipelineS = seconds(t);

  const out = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  // In a function of its own, so the built graph is released before the queries.
  const row = ((): Row => {
    const { graph, addS, buildS } = syntheticGraph(seeds, scale);
    t = performance.now();
    let outputMB = 0;
    for (const format of String(values.formats).split(',') as Format[]) {
      try {
        for (const path of writeOutputs(graph, out, [format])) outputMB += statSync(path).size / 1e6;
      } catch (err) {
        notes.push(`${format} not written: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    const writeS = seconds(t);
    const s = summarise(graph);
    return {
      scale,
      pages: s.pages,
      articles: s.articles,
      nodes: graph.order,
      edges: graph.size,
      pipelineS,
      addS,
      buildS,
      writeS,
      openS: 0,
      openNodesS: 0,
      firstEdgesS: 0,
      outputMB: Number(outputMB.toFixed(1)),
      buildPeakMB: Math.round(process.resourceUsage().maxRSS / 1024),
      peakMB: 0,
      notes,
    };
  })();

  // Queries run on the graph as a script gets it: openGraph on the graph.json just written. First as
  // `newsgraph query` opens it, the edges read as needed.
  t = performance.now();
  const nodesOnly = openGraph(join(out, 'graph.json'), { edges: 'as-needed' });
  row.openNodesS = seconds(t);
  const hubOf = nodesOnly.top({ by: 'degree', limit: 1 })[0].id;
  t = performance.now();
  nodesOnly.neighbours(hubOf, { type: 'place' });
  row.firstEdgesS = seconds(t);
  t = performance.now();
  const q = openGraph(join(out, 'graph.json'));
  row.openS = seconds(t);
  rmSync(out, { recursive: true, force: true });
  const people = q.top({ type: 'person', by: 'degree', limit: 50 }).map((n) => n.id);
  const places = q.top({ type: 'place', by: 'degree', limit: 50 }).map((n) => n.id);
  const hub = q.top({ by: 'degree', limit: 1 })[0].id;
  const someLabel = q.graph.getNodeAttribute(people[0], 'label');
  const somePinyin = q.graph.getNodeAttribute(people[0], 'pinyin').split(' ')[0];
  row.queries = {
    'find label': latency(() => q.find(someLabel)),
    'find pinyin': latency(() => q.find(somePinyin)),
    'find partial': latency(() => q.find('派出所'), 5),
    'neighbours hub': latency(() => q.neighbours(hub, { type: 'place' })),
    path: latency((i) => q.path(people[i % people.length], places[(i * 7) % places.length])),
    'top pagerank': latency(() => q.top({ by: 'pagerank', limit: 10 }), 5),
    programmes: latency(() => q.programmePlaces(), 3),
  };
  row.peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  return row;
}

function table(rows: Row[]) {
  const head = ['scale', 'pages', 'articles', 'nodes', 'edges', 'pipeline s', 'add s', 'build s', 'write s', 'out MB', 'build peak MB', 'open s', 'open nodes s', 'first edges s', 'peak MB'];
  const lines = [
    head,
    ...rows.map((r) => [r.scale, r.pages, r.articles, r.nodes, r.edges, r.pipelineS, r.addS, r.buildS, r.writeS, r.outputMB, r.buildPeakMB, r.openS, r.openNodesS, r.firstEdgesS, r.peakMB].map(String)),
  ];
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  for (const l of lines) console.log(l.map((c, i) => c.padStart(widths[i])).join('  '));
  const last = rows[rows.length - 1];
  console.log(`\nquery latency at scale ${last.scale} (median ms):`);
  for (const [name, ms] of Object.entries(last.queries ?? {})) console.log(`  ${name.padEnd(16)} ${ms}`);
  for (const r of rows) for (const n of r.notes) console.log(`note (scale ${r.scale}): ${n}`);
}

if (values.scale) {
  console.log(JSON.stringify(await runScale(Number(values.scale))));
} else {
  const rows: Row[] = [];
  for (const scale of String(values.scales).split(',').map(Number)) {
    const r = spawnSync(process.execPath, ['--max-old-space-size=16000', '--max-semi-space-size=64', '--no-allocation-site-pretenuring', '--heap-growing-percent=50', '--import', 'tsx', new URL(import.meta.url).pathname, '--scale', String(scale), '--formats', String(values.formats)], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) {
      console.error(`scale ${scale} failed (exit ${r.status}):\n${r.stderr.split('\n').slice(-8).join('\n')}`);
      continue;
    }
    rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
    console.error(`scale ${scale} done`);
  }
  table(rows);
}
