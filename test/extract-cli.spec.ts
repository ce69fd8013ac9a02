import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.ts';

const SEEDS = new URL('../seeds/', import.meta.url).pathname;
const BIN = new URL('../bin/newsgraph.mjs', import.meta.url).pathname;
const SEED = join(SEEDS, '000_2da82a6f435e105f.txt');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs `newsgraph extract ARGS` in this process: exit code, stdout lines, stderr lines. */
async function extract(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  try {
    return { code: await main(['extract', ...args]), out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('newsgraph extract', () => {
  it('prints the same lines, in input order, with 1 and 2 workers', async () => {
    const one = await extract(SEEDS, '--json', '--workers', '1');
    const two = await extract(SEEDS, '--json', '--workers', '2');
    expect(one.code).toBe(0);
    expect(one.out).toHaveLength(5);
    const docs = one.out.map((line) => JSON.parse(line).doc);
    expect(docs).toEqual([...docs].sort());
    expect(JSON.parse(one.out[0]).entities.some((e: { id: string }) => e.id === 'person:赵立平')).toBe(true);
    expect(two).toEqual(one);
  }, 120_000);

  it('reports a file it cannot read, prints the others and exits 3', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    dirs.push(dir);
    copyFileSync(SEED, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), ' \n\n');
    const r = await extract(dir, '--json');
    expect(r.code).toBe(3);
    expect(r.out.map((line) => JSON.parse(line).doc)).toEqual(['a.txt']);
    expect(r.err).toEqual([`newsgraph extract: ${join(dir, 'b.txt')}: file has no text (only spaces or line breaks); give a page with text or leave it out`]);
  }, 60_000);

  it('stops quietly with exit code 0 when its reader goes away (| head)', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', ...Array(20).fill(SEEDS), '--json', '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE/);
    expect(code).toBe(0);
  }, 60_000);

  it('refuses a worker count that is not a whole number ≥ 1', async () => {
    const r = await extract(SEEDS, '--workers', '0');
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/extract: --workers takes a whole number ≥ 1 \(got '0'\)/);
  });
});
