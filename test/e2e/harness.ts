// Shared by the browser tests and bench/web.ts: build the explorer, serve it, drive Debian's chromium.
import { existsSync, mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { ViewLimits } from '../../src/query/view.ts';
import { createStaticServer, listen } from '../../src/server/static.ts';

export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_GRAPH = join(PROJECT, 'test/fixtures/web/graph.json');
export const SCREENSHOTS = join(PROJECT, 'test/screenshots');
const CHROMIUM = '/usr/bin/chromium';

/** Builds web/ into a fresh temporary folder, leaving dist/web alone. */
export async function buildWeb(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
  const { build } = await import('vite');
  await build({
    configFile: join(PROJECT, 'vite.config.ts'),
    root: join(PROJECT, 'web'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

export async function serveWeb(root: string, graphFile: string, view?: ViewLimits): Promise<{ server: Server; url: string }> {
  const server = createStaticServer({ root, graphFile, view });
  const url = await listen(server, '127.0.0.1', 0);
  return { server, url };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); tests never download a browser`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
