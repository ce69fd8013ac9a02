import { promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { explorerView, type GraphView, type ViewLimits } from '../query/view.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// Defence in depth: the explorer builds its DOM from text, and this forbids inline script anyway.
// The ForceAtlas2 worker is started from a blob: URL.
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export interface StaticOptions {
  /** Folder of the built explorer (dist/web). Nothing outside it is served. */
  root: string;
  /** The graph served at /graph.json. */
  graphFile: string;
  /**
   * Past these limits /graph.json is a view of the graph (src/query/view.ts), made again when the file
   * changes. Without them the file is served whole.
   */
  view?: ViewLimits;
}

/** What tells one version of a file from another: a file renamed into place is another inode, chmod changes ctime. */
type FileStat = { ino: number; size: number; mtimeMs: number; ctimeMs: number };
const version = ({ ino, size, mtimeMs, ctimeMs }: FileStat) => `${ino}:${size}:${mtimeMs}:${ctimeMs}`;

/** The view of a graph file as of its last change, being made or made (undefined: the file is served whole). */
const views = new WeakMap<StaticOptions, { version: string; view: Promise<GraphView | undefined> }>();

/**
 * The view to serve for the graph file as it is now (stat: the file's), or undefined to serve the file.
 * Made once per version of the file, failures too: requests meanwhile wait for the same one.
 */
export function currentView(options: StaticOptions, stat: FileStat): Promise<GraphView | undefined> {
  if (!options.view) return Promise.resolve(undefined);
  const cached = views.get(options);
  if (cached?.version === version(stat)) return cached.view;
  const view = explorerView(resolve(options.graphFile), options.view);
  view.catch(() => {}); // a failure is the requests' to report
  views.set(options, { version: version(stat), view });
  return view;
}

/**
 * Maps a request path to a file under root, or null when the path is malformed or leaves root
 * (`/../x`, `/%2e%2e/x`, `/..%2fx`, backslashes, NUL bytes). Pure: the tests call it directly.
 */
export function resolveAsset(root: string, rawPath: string): string | null {
  const pathname = rawPath.split(/[?#]/)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file === base || file.startsWith(base + sep) ? file : null;
}

function send(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  res.end(`${text}\n`);
}

async function handle(options: StaticOptions, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'method not allowed');
  }
  const url = req.url ?? '/';
  const isGraph = url.split(/[?#]/)[0] === '/graph.json';
  const file = isGraph ? resolve(options.graphFile) : resolveAsset(options.root, url);
  if (!file) return send(res, 400, 'bad path');
  const stat = await fs.stat(file).catch(() => null);
  // A symlink inside the root may point out of it (dist/web/x -> /etc): serve only what really lies inside.
  if (!isGraph && stat && !(await insideRoot(options.root, file))) return send(res, 404, 'not found');
  if (!stat?.isFile()) {
    return send(res, 404, isGraph ? `graph file not found: ${options.graphFile}; run 'newsgraph build seeds --out data'` : 'not found');
  }
  const view = isGraph ? await currentView(options, stat) : undefined;
  if (view) {
    res.writeHead(200, { 'Content-Type': TYPES['.json'], 'Content-Length': view.body.length, 'Cache-Control': 'no-cache', ...SECURITY_HEADERS });
    return res.end(req.method === 'HEAD' ? undefined : view.body);
  }
  // The length is the opened file's: a build renaming a new graph.json into place meanwhile cannot make it wrong.
  const opened = await fs.open(file, 'r');
  let size: number;
  try {
    size = (await opened.stat()).size;
  } catch (err) {
    await opened.close();
    throw err;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': size,
    // Hashed asset names can be cached for good; the page and the graph change between builds.
    'Cache-Control': url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') {
    await opened.close();
    return res.end();
  }
  // pipeline, not pipe: a client that goes away mid-file closes the file too.
  pipeline(opened.createReadStream(), res, () => {});
}

async function insideRoot(root: string, file: string): Promise<boolean> {
  const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
  return realFile.startsWith(realRoot + sep);
}

export function createStaticServer(options: StaticOptions): Server {
  return createServer((req, res) => {
    handle(options, req, res).catch((err: Error) => {
      if (!res.headersSent) send(res, 500, `server error: ${err.message}`);
      else res.destroy(err);
    });
  });
}

/** Starts listening; resolves with the URL to open (port 0 picks a free port). */
export function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${port} on ${host} is in use; pass --port with another number` : err.message));
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise(`http://${host.includes(':') ? `[${host}]` : host}:${actual}/`);
    });
  });
}
