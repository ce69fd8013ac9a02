// Scale bench: synthetic corpora at 1×, 100× and 1000× the seeds (bench/corpus.ts), then for each:
// raw nodejieba.cut over the same normalised text (the physical limit), and the build
// (read → processPage → graph → metrics → outputs) with 1 worker and with every core, each in its own
// process so peak memory is per run (/usr/bin/time -v maximum resident set size, else sampled RSS).
// Sizes not in --graph-sizes run the pipeline only (read → processPage, results hashed and dropped).
// It also times our segment() over the same text, which with reading is a floor under the pipeline, and,
// for the sizes in --stage-sizes, each stage of the pipeline in one thread (where a page's time goes), and
// for each graph, what `newsgraph serve` gives the explorer of it (src/query/view.ts) and how fast.
// On 2 cores the whole bench takes ~6 minutes, most of it the 1000× builds (~2 minutes and 1.4–1.7 GB each).
// Usage: npm run bench:scale -- [--sizes 1,100,1000] [--graph-sizes 1,100,1000] [--stage-sizes 100] [--workers N] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildHeapFlags, graphHeapFlags } from '../src/cli/commands/build.ts';
import { FORMATS } from '../src/export/index.ts';
import { writeOutputsInParallel } from '../src/export/parallel.ts';
import { GraphBuilder } from '../src/graph/build.ts';
import { pipelineVersion } from '../src/graph/cache.ts';
import { addPages } from '../src/graph/corpus.ts';
import { isPageError, pageFromFile, readFiles, readPages } from '../src/ingest/index.ts';
import { loadUserWords } from '../extractors/index.ts';
import { rawCut, segment } from '../src/nlp/segment.ts';
import { processPages, readAhead, releasePipeline } from '../src/parallel/index.ts';
import { processPage } from '../src/pipeline.ts';
import { explorerView, VIEW_LIMITS, type ViewInfo } from '../src/query/view.ts';
import { loadWorld, writeCorpus } from './corpus.ts';
import { clock, STAGES, stagedPage, type StageTimes } from './stages.ts';

const SEED_PAGES = 5;
const SELF = fileURLToPath(import.meta.url);
const TSX = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface CutRun {
  pages: number;
  chars: number;
  bytes: number;
  readSeconds: number;
  /** nodejieba loads its dictionaries on the first call: timed apart, not in the throughput. */
  loadSeconds: number;
  cutSeconds: number;
  /**
   * Our segment() over the same text, with the extractors' user words: jieba with HMM and POS tags, as the
   * extractors need it. With reading, a floor under the pipeline's time that no extractor work can go below.
   */
  segmentSeconds: number;
}

interface BuildRun {
  workers: number;
  pages: number;
  chars: number;
  nodes: number;
  edges: number;
  /** read → processPage → GraphBuilder.add, interleaved as in `newsgraph build`. */
  pipelineSeconds: number;
  /**
   * CPU time of the main thread during the pipeline (Linux only). With workers, the part no number of cores
   * shares out: reading bytes, taking results and adding them to the graph.
   */
  mainCpuSeconds?: number;
  /** builder.build(): merging, relations, metrics, layout. */
  graphSeconds: number;
  writeSeconds: number;
  seconds: number;
  sampledRssMb: number;
  maxRssMb?: number;
  /** CPU time over wall time: 200% when the run had both cores; less when other processes took them. */
  cpuPercent?: number;
  /** sha256 of graph.json (or of the PageResults when there is no graph): must not depend on workers. */
  digest: string;
  /** The pipeline's source and data when the run started: digests compare only under the same stamp. */
  pipeline: string;
}

/** CPU seconds the calling thread has used (utime + stime in /proc/thread-self/stat), or undefined off Linux. */
function threadCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // the thread's name may hold ') '
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks of USER_HZ = 100
  } catch {
    return undefined;
  }
}

function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss) / 2 ** 20;
  };
}

/**
 * Child: raw nodejieba.cut over every page's normalised text; only the cut is timed. Then our segment() over
 * the same text, in a pass of its own (interleaved page by page, each slows the other: see stagesChild).
 */
async function cutChild(dir: string): Promise<CutRun> {
  const run: CutRun = { pages: 0, chars: 0, bytes: 0, readSeconds: 0, loadSeconds: 0, cutSeconds: 0, segmentSeconds: 0 };
  const t = performance.now();
  rawCut('预热');
  run.loadSeconds = (performance.now() - t) / 1000;
  loadUserWords();
  const texts: string[] = [];
  const pages = readPages([dir])[Symbol.asyncIterator]();
  for (;;) {
    const t0 = performance.now();
    const next = await pages.next();
    run.readSeconds += (performance.now() - t0) / 1000;
    if (next.done) break;
    if (isPageError(next.value)) throw new Error(`${next.value.path}: ${next.value.reason}`);
    texts.push(next.value.text);
    run.pages++;
    run.chars += next.value.text.length;
    run.bytes += Buffer.byteLength(next.value.raw);
  }
  let t0 = performance.now();
  for (const text of texts) rawCut(text);
  run.cutSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  for (const text of texts) segment(text);
  run.segmentSeconds = (performance.now() - t0) / 1000;
  return run;
}

/** Child: what `newsgraph build --fresh` does, without the cache, with phase times. */
async function buildChild(dir: string, workers: number, out: string): Promise<BuildRun> {
  buildHeapFlags(workers); // as `newsgraph build` does
  const pipeline = pipelineVersion();
  const peak = rssSampler();
  const cpu0 = threadCpuSeconds();
  const t0 = performance.now();
  const builder = new GraphBuilder();
  let chars = 0;
  const ahead = readAhead(readFiles([dir]), { workers, onProgress: (p) => (chars = p.chars) });
  const stats = await addPages(builder, ahead.pages, {
    process: ahead.result,
    onBadPage: (e) => console.error(`bench: ${e.path}: ${e.reason}`),
  });
  releasePipeline(); // as `newsgraph build` does
  graphHeapFlags();
  const t1 = performance.now();
  const cpu1 = threadCpuSeconds();
  const graph = builder.buildStore();
  const t2 = performance.now();
  const [json] = await writeOutputsInParallel(graph, out, FORMATS, workers);
  const t3 = performance.now();
  return {
    workers,
    pages: stats.pages,
    chars,
    nodes: graph.order,
    edges: graph.size,
    pipelineSeconds: (t1 - t0) / 1000,
    mainCpuSeconds: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0,
    graphSeconds: (t2 - t1) / 1000,
    writeSeconds: (t3 - t2) / 1000,
    seconds: (t3 - t0) / 1000,
    sampledRssMb: peak(),
    digest: fileDigest(json),
    pipeline,
  };
}

/** sha256 of a file read in pieces: a 1000× graph.json is 1.6 GB, more than the build it measures. */
function fileDigest(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(1 << 22);
  for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
  closeSync(fd);
  return hash.digest('hex').slice(0, 16);
}

/** Child: read → processPage only, results hashed and dropped: the streaming part, without the graph. */
async function pipelineChild(dir: string, workers: number): Promise<BuildRun> {
  const pipeline = pipelineVersion();
  const peak = rssSampler();
  const t0 = performance.now();
  const hash = createHash('sha256');
  let pages = 0;
  let chars = 0;
  for await (const r of processPages(readFiles([dir]), { workers, onProgress: (p) => (chars = p.chars) })) {
    if ('reason' in r) throw new Error(`${r.path}: ${r.reason}`);
    hash.update(JSON.stringify(r));
    pages++;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { workers, pages, chars, nodes: 0, edges: 0, pipelineSeconds: seconds, graphSeconds: 0, writeSeconds: 0, seconds, sampledRssMb: peak(), digest: hash.digest('hex').slice(0, 16), pipeline };
}

/** Every stage of a single-thread build, from the page file's bytes to the graph builder. */
const BUILD_STAGES: readonly string[] = ['read', 'decode', ...STAGES, 'add'];

/** Rounds of the stage child: the machine is shared, so each stage's figure is its fastest round. */
const STAGE_ROUNDS = 5;

/**
 * Child: the pipeline in this thread, page by page, each stage timed (ms summed over the pages): reading
 * the bytes, decoding and laying out the page, processPage's stages (bench/stages.ts), adding to the graph.
 * A first pass loads the lexicons and warms the code up; then timed passes alternate with raw
 * nodejieba.cut over the same pages' text (as bench:accuracy does), each figure the fastest of its rounds.
 * Cut and the pipeline run apart: interleaved page by page, each evicts the other's dictionary from the
 * caches (cut 1.9–3.6 ms a page interleaved with our segmenter, 2.9 apart, on one 2-core machine).
 */
async function stagesChild(dir: string): Promise<{ pages: number; ms: Record<string, number> }> {
  const best = new Map(['cut', ...BUILD_STAGES].map((s) => [s, Infinity]));
  const texts: string[] = [];
  rawCut('预热');
  for (let round = 0; round <= STAGE_ROUNDS; round++) {
    const times: StageTimes = new Map(BUILD_STAGES.map((s) => [s, 0]));
    const builder = new GraphBuilder();
    const files = readFiles([dir])[Symbol.asyncIterator]();
    for (let n = 0; ; n++) {
      let t0 = performance.now();
      const next = await files.next();
      clock(times, 'read', t0);
      if (next.done) break;
      if (isPageError(next.value)) throw new Error(`${next.value.path}: ${next.value.reason}`);
      t0 = performance.now();
      const page = pageFromFile(next.value);
      clock(times, 'decode', t0);
      if (isPageError(page)) throw new Error(`${page.path}: ${page.reason}`);
      const result = stagedPage(page, times);
      if (round === 0) {
        texts.push(page.text);
        if (n < SEED_PAGES && JSON.stringify(result) !== JSON.stringify(processPage(page))) {
          throw new Error(`bench/stages.ts differs from processPage on ${page.path}; update stagedPage to match src/pipeline.ts`);
        }
      }
      t0 = performance.now();
      builder.add(result);
      clock(times, 'add', t0);
    }
    if (round === 0) continue;
    const t0 = performance.now();
    for (const text of texts) rawCut(text);
    times.set('cut', performance.now() - t0);
    for (const [stage, ms] of times) best.set(stage, Math.min(best.get(stage)!, ms));
  }
  return { pages: texts.length, ms: Object.fromEntries(best) };
}

interface ViewRun {
  seconds: number;
  /** Undefined when the whole graph is within the limits. */
  info?: ViewInfo;
  bytes: number;
  sampledRssMb: number;
}

/** Child: what `newsgraph serve` gives the explorer of a graph.json (src/query/view.ts, default limits). */
async function viewChild(file: string): Promise<ViewRun> {
  const peak = rssSampler();
  const t0 = performance.now();
  const view = await explorerView(file);
  return { seconds: (performance.now() - t0) / 1000, info: view?.info, bytes: view?.body.length ?? 0, sampledRssMb: peak() };
}

function describeViewRun(run: ViewRun & { maxRssMb?: number }): string {
  const peak = `${fmt(run.maxRssMb ?? run.sampledRssMb, 0)} MB peak`;
  if (!run.info) return `explorer: the whole graph (within ${VIEW_LIMITS.maxNodes} nodes and ${VIEW_LIMITS.maxEdges} edges), checked in ${fmt(run.seconds)} s, ${peak}`;
  const { nodes, edges, totalNodes, totalEdges } = run.info;
  return `explorer view (newsgraph serve): ${nodes} of ${totalNodes} nodes, ${edges} of ${totalEdges} edges, ${fmt(run.bytes / 1e6)} MB, made in ${fmt(run.seconds)} s, ${peak}`;
}

/** Runs this file as a child (under /usr/bin/time -v when there is one) and reads its JSON line. */
function child<T>(args: string[]): T & { maxRssMb?: number; cpuPercent?: number } {
  const timed = existsSync('/usr/bin/time');
  const cmd = timed ? '/usr/bin/time' : process.execPath;
  const argv = [...(timed ? ['-v', process.execPath] : []), TSX, SELF, '--child', ...args];
  const res = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (res.status !== 0) throw new Error(`bench child ${args.join(' ')} failed (exit ${res.status}):\n${res.stderr.slice(-2000)}`);
  const line = res.stdout.trim().split('\n').at(-1) ?? '';
  const result = JSON.parse(line) as T & { maxRssMb?: number; cpuPercent?: number };
  const maxrss = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr);
  if (maxrss) result.maxRssMb = Number(maxrss[1]) / 1024;
  const cpu = /Percent of CPU this job got: (\d+)%/.exec(res.stderr);
  if (cpu) result.cpuPercent = Number(cpu[1]);
  return result;
}

const fmt = (x: number, digits = 1) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kChars = (chars: number, s: number) => `${fmt(chars / s / 1000, 0)}k`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      dir: { type: 'string' },
      out: { type: 'string' },
      file: { type: 'string' },
      workers: { type: 'string' },
      sizes: { type: 'string', default: '1,100,1000' },
      'graph-sizes': { type: 'string', default: '1,100,1000' },
      'stage-sizes': { type: 'string', default: '100' },
      keep: { type: 'boolean', default: false },
    },
  });
  if (values.child === 'cut') return console.log(JSON.stringify(await cutChild(values.dir!)));
  if (values.child === 'pipeline') return console.log(JSON.stringify(await pipelineChild(values.dir!, Number(values.workers))));
  if (values.child === 'view') return console.log(JSON.stringify(await viewChild(values.file!)));
  if (values.child === 'stages') return console.log(JSON.stringify(await stagesChild(values.dir!)));
  if (values.child === 'build') return console.log(JSON.stringify(await buildChild(values.dir!, Number(values.workers), values.out!)));

  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((s) => !(s > 0))) throw new Error(`--sizes takes multiples of the seeds, like 1,100,1000 (got '${values.sizes}')`);
  const graphSizes = new Set(values['graph-sizes'].split(',').map(Number));
  const stageSizes = new Set(values['stage-sizes'].split(',').map(Number));
  const all = Number(values.workers ?? availableParallelism());
  const root = join(tmpdir(), 'newsgraph-scale');
  const world = loadWorld();
  const rows: string[][] = [['size', 'pages', 'MB', 'chars', 'cut chars/s', 'e2e chars/s 1w', '1w / cut', 'pipeline 1w / cut', `time 1w`, `time ${all}w`, 'speed-up', 'peak RSS 1w', `peak RSS ${all}w`, 'nodes', 'edges']];
  const stages: string[][] = [['size', ...BUILD_STAGES, 'all', 'raw cut', 'split→resolve / cut', 'all / cut']];
  const phases: string[][] = [['size', 'workers', 'read+process+add s', 'its main-thread CPU s', 'graph build s', 'write s', 'total s', 'CPU']];
  const graphed = (size: number) => (graphSizes.has(size) ? '' : ' (pipeline only)');
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*: (.*)/)?.[1] ?? 'unknown CPU';
  const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`newsgraph scale bench — ${availableParallelism()} cores (${cpu}), load average ${load()}, node ${process.version}, nodejieba ${execFileSync(process.execPath, ['-p', "require('nodejieba/package.json').version"], { encoding: 'utf8' }).trim()}`);
  for (const size of sizes) {
    const dir = join(root, `x${size}`);
    const marker = join(dir, '.pages');
    const pages = Math.round(size * SEED_PAGES);
    if (!existsSync(marker) || readFileSync(marker, 'utf8') !== String(pages)) {
      rmSync(dir, { recursive: true, force: true });
      const t = performance.now();
      const { bytes } = writeCorpus(dir, pages, 1, world);
      writeFileSync(marker, String(pages));
      console.log(`${size}×: generated ${pages} pages, ${fmt(bytes / 1e6)} MB in ${fmt((performance.now() - t) / 1000)} s → ${dir}`);
    }
    const cut = child<CutRun>(['cut', '--dir', dir]);
    console.log(`${size}×: raw nodejieba.cut ${kChars(cut.chars, cut.cutSeconds)} chars/s (${fmt(cut.cutSeconds)} s after ${fmt(cut.loadSeconds)} s loading the dictionary; reading+normalising took ${fmt(cut.readSeconds)} s)`);
    const floor = cut.readSeconds + cut.segmentSeconds;
    console.log(
      `${size}×: segmentation as the extractors need it (HMM, POS tags) ${kChars(cut.chars, cut.segmentSeconds)} chars/s; reading + segmenting alone take ${fmt(floor)} s, ` +
        `so the pipeline can reach ${fmt((100 * cut.cutSeconds) / floor, 0)}% of raw cut at most`,
    );
    if (stageSizes.has(size)) {
      const { pages: n, ms } = child<{ pages: number; ms: Record<string, number> }>(['stages', '--dir', dir]);
      const perPage = (x: number) => fmt(x / n, 2);
      const all = BUILD_STAGES.reduce((sum, s) => sum + ms[s], 0);
      const extraction = STAGES.reduce((sum, s) => sum + ms[s], 0);
      const cutMs = ms.cut;
      stages.push([`${size}×`, ...BUILD_STAGES.map((s) => perPage(ms[s])), perPage(all), perPage(cutMs), `${fmt((100 * cutMs) / extraction, 0)}%`, `${fmt((100 * cutMs) / all, 0)}%`]);
    }
    const runs: BuildRun[] = [];
    for (const workers of [...new Set([1, all])]) {
      const out = mkdtempSync(join(tmpdir(), 'newsgraph-scale-out-'));
      const run = child<BuildRun>([graphSizes.has(size) ? 'build' : 'pipeline', '--dir', dir, '--workers', String(workers), '--out', out]);
      const view = graphSizes.has(size) && workers === 1 ? child<ViewRun>(['view', '--file', join(out, 'graph.json')]) : undefined;
      rmSync(out, { recursive: true, force: true });
      runs.push(run);
      phases.push([`${size}×${graphed(size)}`, String(workers), fmt(run.pipelineSeconds), run.mainCpuSeconds === undefined ? '?' : fmt(run.mainCpuSeconds), fmt(run.graphSeconds), fmt(run.writeSeconds), fmt(run.seconds), run.cpuPercent === undefined ? '?' : `${run.cpuPercent}%`]);
      const what = graphSizes.has(size) ? `build, ${run.nodes} nodes, ${run.edges} edges` : 'pipeline only (no graph)';
      console.log(`${size}×: ${what} with ${workers} worker(s): ${fmt(run.seconds)} s, peak ${fmt(run.maxRssMb ?? run.sampledRssMb, 0)} MB, digest ${run.digest}`);
      if (view) console.log(`${size}×: ${describeViewRun(view)}`);
    }
    const [one, many = one] = runs;
    if (one.pipeline !== many.pipeline) {
      console.log(`${size}×: the pipeline's code or data changed between the runs (stamp ${one.pipeline} ≠ ${many.pipeline}): digests not compared`);
    } else if (one.digest !== many.digest) {
      console.log(`${size}×: OUTPUT DIFFERS between 1 and ${all} workers (${one.digest} ≠ ${many.digest})`);
    }

    if (all > 1 && many.mainCpuSeconds) {
      console.log(
        `${size}×: with ${all} workers the main thread used ${fmt(many.mainCpuSeconds)} s of CPU in the pipeline (${fmt((1000 * many.mainCpuSeconds) / many.pages)} ms a page); ` +
          `on any number of cores the pipeline stays above that, at most ${fmt(one.pipelineSeconds / many.mainCpuSeconds, 1)}× faster than with 1 worker`,
      );
    }
    const peak = (r: BuildRun) => `${fmt(r.maxRssMb ?? r.sampledRssMb, 0)} MB`;
    rows.push([
      `${size}×${graphed(size)}`,
      String(cut.pages),
      fmt(cut.bytes / 1e6),
      String(cut.chars),
      kChars(cut.chars, cut.cutSeconds),
      kChars(one.chars, one.seconds),
      `${fmt((100 * cut.cutSeconds) / one.seconds, 0)}%`,
      // read → processPage → add only: the extraction the throughput target is about, without the graph's outputs.
      `${fmt((100 * cut.cutSeconds) / one.pipelineSeconds, 0)}%`,
      `${fmt(one.seconds)} s`,
      `${fmt(many.seconds)} s`,
      `${fmt(one.seconds / many.seconds, 2)}×`,
      peak(one),
      peak(many),
      graphSizes.has(size) ? String(one.nodes) : '—',
      graphSizes.has(size) ? String(one.edges) : '—',
    ]);
  }
  const stageTable = stages.length > 1 ? `\n\none thread, ms a page, fastest of ${STAGE_ROUNDS} rounds (raw cut: the same pages' text, in rounds alternating with the pipeline's):\n${table(stages)}` : '';
  console.log(`\n${table(rows)}\n\n${table(phases)}${stageTable}\n\nload average at the end: ${load()} (other processes on the machine slow every figure)`);
  if (!values.keep) rmSync(root, { recursive: true, force: true });
}

await main();
