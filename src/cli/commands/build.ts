import { accessSync, constants, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import v8 from 'node:v8';
import { FORMATS, outputParts, type Format } from '../../export/index.ts';
import { writeOutputsInParallel } from '../../export/parallel.ts';
import { GraphBuilder } from '../../graph/build.ts';
import { PageCache } from '../../graph/cache.ts';
import { addPages } from '../../graph/corpus.ts';
import { formatCounts, summarise } from '../../graph/summary.ts';
import { readFiles } from '../../ingest/index.ts';
import { countPages, progressBar, readAhead, releasePipeline, workersFor } from '../../parallel/index.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError, workersOption } from '../command.ts';

export const command: Command = {
  name: 'build',
  summary:
    'Build the knowledge graph from page files or folders (default seeds/) and write graph.json, graph.gexf,\n' +
    'graph.graphml, nodes.csv and edges.csv to --out (default data/), all or none. Per-page results are cached\n' +
    'in <out>/cache by content hash, so unchanged pages are not processed again (--fresh ignores the cache).\n' +
    'Bad pages are reported on stderr and skipped; the exit code is then 3.\n' +
    'Pages are processed, and the outputs written, on --workers threads (default: every core, one per 50 pages), in input order, so the\n' +
    'graph is the same for any number; a progress bar shows on a terminal unless --quiet. --format writes some formats only\n' +
    '(graph.json is what serve, query and export read); the files of the others, left from an earlier build, are removed.',
  usage: 'usage: newsgraph build [PATH...] [--out DIR] [--fresh] [--workers N] [--format json,gexf,graphml,csv] [--quiet] [--json]',
  options: {
    format: { type: 'string', default: FORMATS.join(',') },
    out: { type: 'string', default: 'data' },
    fresh: { type: 'boolean', default: false },
    workers: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
  async run({ positionals, values }) {
    const started = performance.now();
    const out = values.out as string;
    const paths = positionals.length ? positionals : ['seeds'];
    const workers = workersOption('build', values.workers);
    const formats = formatsOption(values.format);
    const total = await countPages(paths);
    const bar = progressBar({ total, quiet: values.quiet as boolean });
    const builder = new GraphBuilder();
    const cache = new PageCache(join(out, 'cache'));
    const reuse = !values.fresh;
    // Cached pages are not sent to a worker; addPages takes them from the cache.
    const threads = workers ?? workersFor(total);
    buildHeapFlags(threads);
    const ahead = readAhead(readFiles(paths), {
      workers: threads,
      skip: (file) => reuse && cache.hold(file.hash, file.doc),
      onProgress: bar.update,
    });
    const stats = await addPages(builder, ahead.pages, {
      process: ahead.result,
      cache,
      reuse,
      onBadPage: (e) => {
        bar.end();
        console.error(`newsgraph build: ${e.path}: ${e.reason}`);
      },
    })
      .catch((err) => {
        throw outputError(out, err);
      })
      .finally(bar.end);
    releasePipeline();
    graphHeapFlags();
    if (!stats.pages) {
      console.error(`newsgraph build: no readable page in ${paths.join(', ')}; the previous outputs in ${out}/ are kept`);
      return EXIT.failed;
    }
    const graph = builder.buildStore();
    let outputs: string[];
    try {
      outputs = await writeOutputsInParallel(graph, out, formats, threads);
      removeOutputs(out, FORMATS.filter((f) => !formats.includes(f)));
    } catch (err) {
      throw outputError(out, err);
    }
    const summary = summarise(graph);
    const seconds = Number(((performance.now() - started) / 1000).toFixed(2));
    if (values.json) {
      console.log(JSON.stringify({ ...summary, processed: stats.processed, reused: stats.reused, duplicates: stats.duplicates, bad: stats.bad, seconds, outputs }));
    } else {
      console.log(
        `${summary.pages} pages (${stats.processed} processed, ${stats.reused} reused${stats.duplicates ? `, ${stats.duplicates} duplicate` : ''}${stats.bad ? `, ${stats.bad} bad` : ''}), ` +
          `${summary.articles} articles, entities: ${formatCounts(summary.entities)}; edges: ${formatCounts(summary.edges)}; ${seconds}s → ${out}/`,
      );
    }
    return stats.bad ? EXIT.warnings : EXIT.ok;
  },
};

/**
 * Building allocates millions of short-lived objects. Without pretenuring they die young instead of
 * piling up in the old generation (docs/scale.md). The young generation keeps V8's size: a larger one
 * (--max-semi-space-size) cannot be set from inside for the main thread, and in the worker threads it
 * only added memory for no gain in time. With more than two workers the old generation's growth is
 * limited from the start (see graphHeapFlags): V8's flags are the whole process's, and each worker's
 * heap would otherwise grow to several times its live size (1000×: 1.9 GB with 4 workers, 2.8 with 8).
 */
export function buildHeapFlags(workers: number): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
  if (workers > 2) graphHeapFlags();
}

/**
 * Once the pages are in (or from the start with many workers): the old generation grows by half its
 * live size at most (V8's default lets it grow up to four times), so building and writing the graph
 * peak at 1.4 GB at 1000×, not 3.1. With one or two workers it is set only now: from the start it made
 * every thread collect its old generation four times as often during the pipeline, and a 1000× build on
 * 2 workers took 88–90 s instead of 80–84, for a peak 50–100 MB lower.
 */
export function graphHeapFlags(): void {
  v8.setFlagsFromString('--heap-growing-percent=50');
}

/** --format: some of the formats, in FORMATS' order. */
function formatsOption(value: unknown): Format[] {
  const asked = String(value).split(',').map((f) => f.trim());
  const bad = asked.find((f) => !FORMATS.includes(f as Format));
  if (bad !== undefined) {
    const hint = bad === 'neo4j' ? "; write it from the built graph with 'newsgraph export --format neo4j'" : '';
    throw new UsageError(`build: --format takes some of ${FORMATS.join(', ')} (got '${bad}')${hint}`);
  }
  return FORMATS.filter((f) => asked.includes(f));
}

/** The files of formats not written this time: left from an earlier build, they would no longer match. */
function removeOutputs(out: string, formats: readonly Format[]): void {
  for (const { path } of outputParts(out, formats)) rmSync(path, { force: true });
}

const CANNOT_WRITE: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a file stands where a folder is needed',
  EEXIST: 'a file stands where a folder is needed',
};

/** A failed write to the output folder (cache or outputs) as one line saying why; other errors pass. */
function outputError(out: string, err: unknown): unknown {
  let code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    // mkdir { recursive } says ENOENT on a read-only file system: ask the nearest folder that exists.
    let dir = out;
    while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
    try {
      accessSync(dir, constants.W_OK);
    } catch (probe) {
      code = (probe as NodeJS.ErrnoException).code;
    }
  }
  const why = code ? CANNOT_WRITE[code] : undefined;
  return why ? new Error(`cannot write to ${out}/: ${why} (${code}); give --out a writable folder (the previous outputs there are kept)`) : err;
}
