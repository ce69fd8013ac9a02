import { mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureGraphFile } from '../../test/support/graph-file.ts';
import { createStaticServer, currentView, listen, resolveAsset } from './static.ts';

// A raw request: fetch() would normalise '/../' away before it reached the server.
function get(url: string, path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    }).on('error', reject).end();
  });
}

describe('static server', () => {
  const base = mkdtempSync(join(tmpdir(), 'newsgraph-static-'));
  const root = join(base, 'web');
  let server: Server;
  let url: string;

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'assets/app.js'), 'console.log(1)');
    writeFileSync(join(base, 'package.json'), '{"name":"secret"}');
    writeFileSync(join(base, 'graph.json'), '{"nodes":[],"edges":[]}');
    server = createStaticServer({ root, graphFile: join(base, 'graph.json') });
    url = await listen(server, '127.0.0.1', 0);
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves the page, its assets and the graph file at /graph.json', async () => {
    const page = await get(url, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect((await get(url, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await get(url, '/graph.json?v=1')).body).toBe('{"nodes":[],"edges":[]}');
    expect((await get(url, '/missing.js')).status).toBe(404);
  });

  it('sends the length of the file it opened, and closes it when the client goes away mid-file', async () => {
    const big = join(base, 'big.json');
    writeFileSync(big, 'x'.repeat(8 << 20));
    const bigServer = createStaticServer({ root, graphFile: big });
    const bigUrl = new URL(await listen(bigServer, '127.0.0.1', 0));
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((done, fail) => {
        const req = request({ hostname: bigUrl.hostname, port: bigUrl.port, path: '/graph.json' }, (res) => {
          expect(Number(res.headers['content-length'])).toBe(8 << 20);
          res.once('data', () => {
            req.destroy();
            done();
          });
        });
        req.on('error', () => {}).on('response', () => {}).end();
        setTimeout(() => fail(new Error('no data')), 5000);
      });
    }
    await new Promise((done) => setTimeout(done, 200));
    expect(open()).toBe(before);
    await new Promise<void>((done) => bigServer.close(() => done()));
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json', '/%00', '/%E0%A4%A'])(
    'refuses %s', async (path) => {
      const res = await get(url, path);
      expect(res.status).toBe(400);
      expect(res.body).not.toContain('secret');
    });

  it('resolves only inside the root', () => {
    expect(resolveAsset('/srv/web', '/a/b.js')).toBe('/srv/web/a/b.js');
    expect(resolveAsset('/srv/web', '/')).toBe('/srv/web/index.html');
    expect(resolveAsset('/srv/web', '/a/../../x')).toBeNull();
    expect(resolveAsset('/srv/web', 'relative')).toBeNull();
  });

  it('answers only GET and HEAD', async () => {
    const { hostname, port } = new URL(url);
    const status = await new Promise<number>((resolve) => request({ hostname, port, path: '/', method: 'POST' }, (r) => resolve(r.statusCode!)).end());
    expect(status).toBe(405);
  });

  it('serves a view of a graph past its limits, made once per change of the file, and says why it cannot', async () => {
    const { graph, file } = fixtureGraphFile();
    const options = { root, graphFile: file, view: { maxNodes: 30, maxEdges: 50 } };
    const big = createStaticServer(options);
    const at = await listen(big, '127.0.0.1', 0);
    try {
      const res = await get(at, '/graph.json');
      expect(res.status).toBe(200);
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
      const served = JSON.parse(res.body);
      expect(served.nodes).toHaveLength(30);
      expect(served.attributes.view).toMatchObject({ nodes: 30, totalNodes: graph.order, totalEdges: graph.size });
      // The same file: the same view, not read again; another file of the same size and time (renamed into
      // place, or chmod-ed after a failure) is read again.
      const stat = statSync(file);
      expect(currentView(options, stat)).toBe(currentView(options, statSync(file)));
      expect(currentView(options, { ...stat, ino: stat.ino + 1 })).not.toBe(currentView(options, stat));
      expect(currentView(options, { ...stat, ctimeMs: stat.ctimeMs + 1 })).not.toBe(currentView(options, stat));
      // A partial file: the reason, with the file's name.
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.slice(0, text.indexOf('],"edges":[') + 20));
      const partial = await get(at, '/graph.json');
      expect(partial.status).toBe(500);
      expect(partial.body).toMatch(/graph\.json: line \d+ is not valid JSON .*a partial copy/);
      // A graph within the limits is the file itself.
      writeFileSync(file, '{"nodes":[],"edges":[]}');
      expect((await get(at, '/graph.json')).body).toBe('{"nodes":[],"edges":[]}');
    } finally {
      await new Promise((done) => big.close(done));
    }
  });
});
