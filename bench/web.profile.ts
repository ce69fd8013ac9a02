// npx tsx bench/web.profile.ts — where a camera-move frame of the bench graph spends its time.
// Run `npm run bench:web` first (it writes bench/out/web-graph.json). Prints the top functions by
// self time from a CPU profile taken through the DevTools protocol while the camera animates.
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'vite';
import { launch, PROJECT, serveWeb } from '../test/e2e/harness.ts';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Self time per function, in ms, largest first. */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

// Unminified, so the profile names sigma's and our functions.
const root = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
await build({
  configFile: join(PROJECT, 'vite.config.ts'), root: join(PROJECT, 'web'), logLevel: 'error',
  build: { outDir: root, emptyOutDir: true, minify: false },
});
const { server, url } = await serveWeb(root, join(PROJECT, 'bench/out/web-graph.json'));
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 180_000 });
  const gl = await page.evaluate(`(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return { renderer: gl.getParameter(ext.UNMASKED_RENDERER_WEBGL), dpr: devicePixelRatio };
  })()`);
  console.log(gl);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const fps = await page.evaluate(`(async () => {
    const camera = window.__newsgraph.renderer.getCamera();
    let frames = 0, counting = true, longest = 0, last = performance.now();
    const count = (t) => { frames++; longest = Math.max(longest, t - last); last = t; if (counting) requestAnimationFrame(count); };
    requestAnimationFrame(count);
    const start = performance.now();
    await camera.animate({ ratio: 0.25, x: 0.3, y: 0.6 }, { duration: 1500 });
    await camera.animate({ ratio: 1, x: 0.5, y: 0.5 }, { duration: 1500 });
    counting = false;
    return { fps: frames / ((performance.now() - start) / 1000), longestFrameMs: Math.round(longest) };
  })()`);
  const { profile } = await cdp.send('Profiler.stop') as { profile: Profile };
  console.log(fps);
  const rows = selfTimes(profile);
  const total = rows.reduce((s, [, ms]) => s + ms, 0);
  console.log(`profiled ${Math.round(total)} ms`);
  for (const [name, ms] of rows.slice(0, 25)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
} finally {
  await browser.close();
  server.close();
}
