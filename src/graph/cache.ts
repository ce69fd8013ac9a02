import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { writeFilesAtomic } from '../export/atomic.ts';
import type { PageResult } from '../model/types.ts';

/** Bump when the cache file layout changes. */
const CACHE_FORMAT = 1;

/**
 * Everything that decides a page's result: reading, segmentation (our binding and the nodejieba release
 * whose cppjieba and dictionaries it is built from), extractors (code and data), resolver.
 */
const PIPELINE_PATHS = ['src/pipeline.ts', 'src/model', 'src/ingest', 'src/nlp', 'src/resolve', 'extractors', 'native/jieba.cc', 'binding.gyp'];
const NODEJIEBA = createRequire(import.meta.url)('nodejieba/package.json') as { version: string };

const ROOT = new URL('../../', import.meta.url).pathname;

function filesUnder(path: string): string[] {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return [];
  if (info.isFile()) return /\.spec\.ts$/.test(path) ? [] : [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/**
 * A stamp of the pipeline's source and data files: any edit to how pages become results changes it,
 * so a cache written by another version is never reused.
 */
export function pipelineVersion(root = ROOT): string {
  const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\nnodejieba ${NODEJIEBA.version}\n`);
  for (const file of PIPELINE_PATHS.flatMap((p) => filesUnder(join(root, p)))) {
    hash.update(`${relative(root, file)}\n`).update(readFileSync(file)).update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Per-page results keyed by content hash: `<dir>/<hash>.json` = `{ version, result }`. */
export class PageCache {
  constructor(
    readonly dir: string,
    readonly version: string = pipelineVersion(),
  ) {}

  private file(hash: string) {
    return join(this.dir, `${hash}.json`);
  }

  /** Results hold() read, until get() takes them. */
  private held = new Map<string, PageResult>();

  /**
   * Whether a result is cached for this content under this file name; if so it is kept for get(), so a
   * build that asks before sending a page out does not read and parse the entry twice.
   */
  hold(hash: string, doc: string): boolean {
    const result = this.get(hash, doc);
    if (result) this.held.set(hash, result);
    return !!result;
  }

  /** The cached result for this content under this file name, if written by the same pipeline version. */
  get(hash: string, doc: string): PageResult | undefined {
    const held = this.held.get(hash);
    if (held) {
      this.held.delete(hash);
      if (held.doc === doc) return held;
    }
    let text: string;
    try {
      text = readFileSync(this.file(hash), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const { version, result } = JSON.parse(text) as { version: string; result: PageResult };
      // Ids embed the file name (article `<doc>#<n>`), so a renamed copy is processed again.
      return version === this.version && result.doc === doc ? result : undefined;
    } catch {
      return undefined; // a damaged entry is rewritten
    }
  }

  /**
   * Whole or not at all (renamed into place), but not fsynced: after a crash a damaged entry reads as a
   * miss and is written again, and the fsyncs were 60% of a put (0.68 of 1.14 ms; 3.4 s of a 5,000-page
   * build, on the thread that adds pages to the graph).
   */
  put(result: PageResult): void {
    writeFilesAtomic([{ path: this.file(result.hash), content: JSON.stringify({ version: this.version, result }) }], { durable: false });
  }
}
