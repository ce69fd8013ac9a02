// The explorer's server serves the built assets and the graph, nothing else: traversal in every spelling,
// absolute paths and a symlink inside the assets that points out are all refused without file contents.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command as serveCommand } from '../../src/cli/commands/serve.ts';
import { createStaticServer, listen } from '../../src/server/static.ts';

const SECRET = 'SECRET-OUTSIDE-DIST';

/** One raw HTTP/1.1 request, the path sent byte for byte (no client-side normalisation of `..`). */
function raw(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => (data += c));
    socket.on('end', () => resolve({ status: Number(data.split(' ')[1]), body: data }));
    socket.on('error', reject);
  });
}

describe('explorer server', () => {
  const base = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
  const dist = join(base, 'dist', 'web');
  let server: Server;
  let port: number;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(base, 'package.json'), `{"name":"${SECRET}"}`);
    writeFileSync(join(base, 'dist', 'package.json'), `{"name":"${SECRET}"}`);
    writeFileSync(join(base, 'graph.json'), '{"nodes":[],"edges":[]}');
    symlinkSync(join(base, 'package.json'), join(dist, 'leak.json'));
    symlinkSync(base, join(dist, 'outside'));
    symlinkSync('/etc', join(dist, 'assets', 'etc'));
    server = createStaticServer({ root: dist, graphFile: join(base, 'graph.json') });
    port = Number(new URL(await listen(server, '127.0.0.1', 0)).port);
  });
  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(base, { recursive: true, force: true });
  });

  it('serves the page, an asset and the graph', async () => {
    expect((await raw(port, '/')).body).toContain('<title>explorer</title>');
    expect((await raw(port, '/assets/app.js')).status).toBe(200);
    expect((await raw(port, '/graph.json')).body).toContain('{"nodes":[],"edges":[]}');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/%2E%2E%2Fpackage.json',
    '/..%5cpackage.json',
    '/..\\package.json',
    '/%2e%2e%5cpackage.json',
    '/.%2e/package.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/%252e%252e/package.json',
    '/..%c0%afpackage.json',
    '/graph.json/../package.json',
    '//etc/passwd',
    '///etc/passwd',
    '/%2fetc%2fpasswd',
    'http://127.0.0.1/../package.json',
    '/leak.json',
    '/outside/package.json',
    '/assets/etc/passwd',
    '/assets/etc/hostname',
  ])('refuses %s (4xx, no file contents)', async (path) => {
    const res = await raw(port, path);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toMatch(/root:x?:0:0/);
  });

  it('binds 127.0.0.1 unless told otherwise', () => {
    expect(serveCommand.options.host.default).toBe('127.0.0.1');
  });
});

describe('newsgraph serve (the command)', () => {
  it('prints a 127.0.0.1 URL by default', async () => {
    const bin = new URL('../../bin/newsgraph.mjs', import.meta.url).pathname;
    const graph = new URL('../fixtures/web/graph.json', import.meta.url).pathname;
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data', graph, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const line = await new Promise<string>((resolve) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (c) => {
        out += c;
        if (out.includes('\n')) resolve(out.split('\n')[0]);
      });
      child.stderr.on('data', (c) => (err += c));
      child.on('exit', () => resolve(`exited: ${err}`));
    });
    child.kill('SIGTERM');
    // Without a built explorer (dist/web) the command refuses to start, saying so; both are fine here.
    if (line.startsWith('exited')) expect(line).toMatch(/no built explorer/);
    else expect(new URL(JSON.parse(line).url).hostname).toBe('127.0.0.1');
  }, 30_000);
});
