// Faults around `newsgraph build`: killed midway (SIGINT, SIGKILL, while processing and while writing),
// and an output folder it cannot write to. The previous outputs must stay whole and usable each time.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/newsgraph.mjs');
const SEEDS = join(ROOT, 'seeds');
const OUTPUTS = ['edges.csv', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv'];
const COPIES = 20;

const base = mkdtempSync(join(tmpdir(), 'newsgraph-faults-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function build(args: string[]) {
  return spawnSync(process.execPath, [BIN, 'build', ...args], { encoding: 'utf8', timeout: 180_000 });
}

/** The output files of a folder (visible names only) and their bytes. */
function snapshot(out: string): Map<string, Buffer> {
  const names = readdirSync(out).filter((n) => !n.startsWith('.') && n !== 'cache').sort();
  return new Map(names.map((n) => [n, readFileSync(join(out, n))]));
}

function expectSame(out: string, before: Map<string, Buffer>) {
  const now = snapshot(out);
  expect([...now.keys()]).toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(now.get(name)!.equals(bytes), `${name} changed`).toBe(true);
  const graph = JSON.parse(now.get('graph.json')!.toString('utf8'));
  expect(graph.nodes.length).toBeGreaterThan(0);
}

/** Starts a build and sends `signal` as soon as `when()` holds (polled every few ms). */
function buildKilledWhen(args: string[], when: (pid: number) => boolean, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; sent: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', ...args], { stdio: 'ignore' });
    let sent = false;
    const poll = setInterval(() => {
      if (!sent && when(child.pid!)) {
        sent = true;
        child.kill(signal);
      }
    }, 2);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, sent });
    });
  });
}

const count = (dir: string, test: (name: string) => boolean) => {
  try {
    return readdirSync(dir).filter(test).length;
  } catch {
    return 0;
  }
};
/** This build writing its outputs: writeFilesAtomic's temporaries (`.graph.json.<pid>.tmp`) in the folder. */
const writing = (out: string) => (pid: number) => count(out, (n) => n.startsWith('.') && n.endsWith(`.${pid}.tmp`)) > 0;

describe('a build killed midway', () => {
  const corpus = join(base, 'corpus');
  const out = join(base, 'data');
  let before: Map<string, Buffer>;

  beforeAll(() => {
    // The seeds COPIES times over, each copy with a line of its own so that no page is a duplicate.
    mkdirSync(corpus);
    for (let k = 1; k <= COPIES; k++) {
      for (const f of readdirSync(SEEDS)) writeFileSync(join(corpus, `${k}-${f}`), `${readFileSync(join(SEEDS, f), 'utf8')}\n（第${k}份）\n`);
    }
    expect(build([SEEDS, '--out', out]).status).toBe(0);
    before = snapshot(out);
    expect([...before.keys()]).toEqual(OUTPUTS);
  }, 60_000);

  it.each(['SIGINT', 'SIGKILL'] as const)('by %s while processing pages leaves the previous outputs byte for byte', async (signal) => {
    const cached = count(join(out, 'cache'), () => true);
    const run = await buildKilledWhen([corpus, '--out', out], () => count(join(out, 'cache'), () => true) >= cached + 3, signal);
    expect(run.sent).toBe(true);
    expect(run.signal).toBe(signal);
    expectSame(out, before);
  }, 120_000);

  it('the next build completes, reusing what the killed ones cached', () => {
    const r = build([corpus, '--out', out, '--json']);
    expect(r.status).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats).toMatchObject({ pages: COPIES * 5, bad: 0 });
    expect(stats.reused).toBeGreaterThanOrEqual(3);
    before = snapshot(out);
    expect(JSON.parse(before.get('graph.json')!.toString('utf8')).attributes.pages).toHaveLength(COPIES * 5);
  }, 180_000);

  it.each(['SIGKILL', 'SIGINT'] as const)('by %s while writing the outputs leaves the previous set whole (no mix of old and new)', async (signal) => {
    // Every page is cached now, so the build reaches writing at once; the seeds added make a different graph.
    const run = await buildKilledWhen([corpus, SEEDS, '--out', out], writing(out), signal);
    expect(run.sent, `the build ended (code ${run.code}) before it could be killed while writing`).toBe(true);
    expect(run.signal).toBe(signal);
    expectSame(out, before);
    if (signal === 'SIGKILL') expect(count(out, (n) => n.endsWith(`.tmp`))).toBeGreaterThan(0); // what the next test sees cleared
  }, 120_000);

  it('after all that, a build completes and replaces the outputs', () => {
    const r = build([corpus, SEEDS, '--out', out, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pages: COPIES * 5 + 5, processed: 0 });
    // The killed writers' temporaries are cleared, not left to pile up.
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).attributes.pages).toHaveLength(COPIES * 5 + 5);
  }, 180_000);
});

/** Root ignores chmod, so unwritable folders are made with mounts where this machine allows them. */
function tryMount(args: string[]): boolean {
  return spawnSync('mount', args, { stdio: 'ignore' }).status === 0;
}

/** Which mounts this machine allows: probed on scratch folders, unmounted at once. */
function probeMounts(): { bind: boolean; tmpfs: boolean } {
  const a = mkdtempSync(join(tmpdir(), 'newsgraph-mount-'));
  const b = mkdtempSync(join(tmpdir(), 'newsgraph-mount-'));
  let bind = tryMount(['--bind', a, b]);
  if (bind) {
    bind = tryMount(['-o', 'remount,ro,bind', b]);
    spawnSync('umount', [b]);
  }
  const tmpfs = tryMount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', a]);
  if (tmpfs) spawnSync('umount', [a]);
  rmSync(a, { recursive: true, force: true });
  rmSync(b, { recursive: true, force: true });
  return { bind, tmpfs };
}

/** Runs fn with `args` mounted on `dir`, always unmounting after. */
function withMount(mounts: string[][], dir: string, fn: () => void) {
  let mounted = 0;
  try {
    for (const args of mounts) {
      expect(tryMount([...args]), `mount ${args.join(' ')}`).toBe(true);
      mounted++;
    }
    fn();
  } finally {
    if (mounted) spawnSync('umount', [dir]);
  }
}

describe('an output folder that cannot be written', () => {
  const page = join(ROOT, 'test/fixtures/bad/good-column.txt');
  const oneLine = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('newsgraph'));

  it('a file where --out wants a folder: one line, exit 1, the file untouched', () => {
    const file = join(base, 'not-a-folder');
    writeFileSync(file, 'keep me');
    const r = build([SEEDS, '--out', file]);
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toEqual([`newsgraph build: cannot write to ${file}/: a file stands where a folder is needed (ENOTDIR); give --out a writable folder (the previous outputs there are kept)`]);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  }, 60_000);

  const can = probeMounts();

  it.skipIf(!can.bind)('a read-only mount (mount -o remount,ro,bind): one line, exit 1, previous outputs intact', () => {
    const source = join(base, 'ro-source');
    const ro = join(base, 'ro');
    mkdirSync(ro);
    expect(build([page, '--out', join(source, 'data')]).status).toBe(0);
    withMount([['--bind', source, ro], ['-o', 'remount,ro,bind', ro]], ro, () => {
      const prev = snapshot(join(ro, 'data'));
      const r = build([SEEDS, '--out', join(ro, 'data')]);
      expect(r.status).toBe(1);
      expect(oneLine(r.stderr)).toEqual([
        `newsgraph build: cannot write to ${join(ro, 'data')}/: the file system is read-only (EROFS); give --out a writable folder (the previous outputs there are kept)`,
      ]);
      expectSame(join(ro, 'data'), prev);
    });
  }, 60_000);

  // Room for a one-page build and the seeds' cache, not for the seeds' 15 MB of outputs.
  it.skipIf(!can.tmpfs)('a full disk (tmpfs -o size=2m): one line, exit 1, previous outputs intact, no temporaries left', () => {
    const full = join(base, 'full');
    mkdirSync(full);
    withMount([['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', full]], full, () => {
      const data = join(full, 'data');
      expect(build([page, '--out', data]).status).toBe(0);
      const prev = snapshot(data);
      const r = build([SEEDS, '--out', data]);
      expect(r.status).toBe(1);
      expect(oneLine(r.stderr)).toEqual([
        `newsgraph build: cannot write to ${data}/: no space left on the device (ENOSPC); give --out a writable folder (the previous outputs there are kept)`,
      ]);
      expectSame(data, prev);
      expect(readdirSync(data).filter((n) => n.endsWith('.tmp')).map((n) => basename(n))).toEqual([]);
    });
  }, 60_000);
});
