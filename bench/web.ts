// npm run bench:web — the explorer on a 20,000-node, 100,000-edge graph in headless chromium:
// time to first draw, frames per second while the camera moves (rAF counted in the page), and
// milliseconds from a state change (select, close, language) to its drawn frame.
// `npx tsx bench/web.profile.ts` then shows where a moving frame's time goes.
// WebGL runs on SwiftShader (CPU) here, so a desktop GPU does far better; compare runs, not machines.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { pinyin } from 'pinyin-pro';
import { buildWeb, launch, PROJECT, serveWeb } from '../test/e2e/harness.ts';
import { seededRandom } from '../src/graph/metrics.ts';

const NODES = Number(process.env.BENCH_NODES ?? 20_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 100_000);
const COMMUNITIES = Math.max(1, Math.round(NODES / 100));
const TYPES = ['person', 'place', 'organisation', 'programme'] as const;
const CHARS = '赵钱孙李周吴郑王冯陈蒋沈韩杨朱秦许何吕张孔曹严华金魏陶姜永州零陵祁阳宁远双牌道县衡阳娄底双峰邵阳大祥湘潭湘乡桂东公安局委员会人大教育三长制四夜行动平安';


/** Communities laid out on a disc, 80% of edges inside a community: looks like a laid-out graph. */
function makeGraph(): Graph {
  const random = seededRandom(1);
  const graph = new Graph({ type: 'mixed', multi: true });
  const pick = (s: string, n: number) => Array.from({ length: n }, () => s[Math.floor(random() * s.length)]).join('');
  const members: string[][] = Array.from({ length: COMMUNITIES }, () => []);
  for (let i = 0; i < NODES; i++) {
    const community = i % COMMUNITIES;
    const type = TYPES[Math.floor(random() * TYPES.length)];
    const label = `${pick(CHARS, 2 + Math.floor(random() * 3))}${i}`;
    const angle = (community / COMMUNITIES) * Math.PI * 2 * 7;
    const radius = Math.sqrt(community / COMMUNITIES) * 1000;
    const key = `${type}:${label}`;
    const py = pinyin(label, { toneType: 'none', type: 'array' }).join('').replace(/[^a-z0-9]/g, '');
    const initials = pinyin(label, { pattern: 'first', toneType: 'none', type: 'array' }).join('').replace(/[^a-z0-9]/g, '');
    graph.addNode(key, {
      label, type, aliases: [], mentions: 1, articles: [`bench.txt#${i % 500}`], docs: [`bench-${i % 20}.txt`],
      pinyin: `${py} ${initials}`, community,
      x: radius * Math.cos(angle) + (random() - 0.5) * 60, y: radius * Math.sin(angle) + (random() - 0.5) * 60,
    });
    members[community].push(key);
  }
  const keys = graph.nodes();
  while (graph.size < EDGES) {
    const a = keys[Math.floor(random() * NODES)];
    const pool = random() < 0.8 ? members[graph.getNodeAttribute(a, 'community')] : keys;
    const b = pool[Math.floor(random() * pool.length)];
    if (a === b) continue;
    const [s, t] = a < b ? [a, b] : [b, a];
    const key = `co:${s}|${t}`;
    if (graph.hasEdge(key)) continue;
    const weight = 1 + Math.floor(-Math.log(1 - random()) * 1.5);
    graph.addUndirectedEdgeWithKey(key, s, t, {
      kind: 'cooccurrence', weight, sentences: weight, articles: 1, dice: 0.1, docs: ['bench-0.txt'], source: 'text',
      evidence: [{ article: 'bench.txt#0', doc: 'bench-0.txt', start: 0, end: 20, text: `${graph.getNodeAttribute(s, 'label')}与${graph.getNodeAttribute(t, 'label')}共同出现在这一句中。` }],
    });
  }
  const ranks = pagerank(graph);
  graph.forEachNode((n) => graph.mergeNodeAttributes(n, { degree: graph.degree(n), weightedDegree: graph.degree(n), pagerank: ranks[n] }));
  graph.setAttribute('articles', {});
  graph.setAttribute('pages', []);
  return graph;
}

const outDir = join(PROJECT, 'bench/out');
mkdirSync(outDir, { recursive: true });
const graphFile = join(outDir, 'web-graph.json');
let t0 = performance.now();
writeFileSync(graphFile, JSON.stringify(makeGraph().export()));
console.log(`graph: ${NODES} nodes, ${EDGES} edges, ${(statSync(graphFile).size / 1e6).toFixed(1)} MB, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

t0 = performance.now();
const root = await buildWeb();
console.log(`vite build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const { server, url } = await serveWeb(root, graphFile);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 180_000 });
  const timing = await page.evaluate(`({
    firstDraw: window.__newsgraph.firstDraw,
    ready: performance.now(),
    graphJson: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/graph.json'))?.duration ?? 0,
  })`) as { firstDraw: number; ready: number; graphJson: number };

  // Frames while the camera zooms in and pans for 3 s, with edges hidden on move (the shipped
  // setting above 20,000 edges) and with edges drawn during the move.
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  const fps = (hideEdges: boolean): Promise<number> => page.evaluate(`(async () => {
    const { renderer } = window.__newsgraph;
    renderer.setSettings({ hideEdgesOnMove: ${hideEdges} });
    const camera = renderer.getCamera();
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    await new Promise((r) => requestAnimationFrame(r));
    // Let the GPU finish that still frame first: it is not part of the move.
    const gl = renderer.getWebGLContext();
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    let frames = 0;
    let counting = true;
    const count = () => { frames++; if (counting) requestAnimationFrame(count); };
    requestAnimationFrame(count);
    const start = performance.now();
    await camera.animate({ ratio: 0.25, x: 0.3, y: 0.6 }, { duration: 1500 });
    await camera.animate({ ratio: 1, x: 0.5, y: 0.5 }, { duration: 1500 });
    counting = false;
    return frames / ((performance.now() - start) / 1000);
  })()`);
  const moving = await fps(true);
  const movingWithEdges = await fps(false);

  // Milliseconds from a state change to the next drawn frame: select a node, select another,
  // close the panel, switch language. The readPixels waits for the GPU to finish the frame.
  const stateChange = (change: string): Promise<number> => page.evaluate(`(async () => {
    const { renderer, store, graph } = window.__newsgraph;
    const gl = renderer.getWebGLContext();
    const nodes = graph.nodes();
    const sync = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    // Start from rest: the previous change's camera move and its edges redraw are over.
    while (renderer.getCamera().isAnimating()) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1000));
    sync();
    const start = performance.now();
    store.update(${change});
    await new Promise((r) => requestAnimationFrame(r));
    sync();
    return performance.now() - start;
  })()`);
  const selectMs = await stateChange(`(s) => ({ ...s, selection: { kind: 'node', key: nodes[0] } })`);
  const reselectMs = await stateChange(`(s) => ({ ...s, selection: { kind: 'node', key: nodes[1] } })`);
  const closeMs = await stateChange(`(s) => ({ ...s, selection: null })`);
  const languageMs = await stateChange(`(s) => ({ ...s, lang: s.lang === 'zh' ? 'en' : 'zh' })`);

  const result = {
    nodes: NODES, edges: EDGES,
    graphJsonMs: Math.round(timing.graphJson),
    firstDrawMs: Math.round(timing.firstDraw),
    interactiveMs: Math.round(timing.ready),
    fpsCameraMove: Math.round(moving * 10) / 10,
    fpsCameraMoveWithEdges: Math.round(movingWithEdges * 10) / 10,
    selectNodeMs: Math.round(selectMs),
    selectOtherNodeMs: Math.round(reselectMs),
    closePanelMs: Math.round(closeMs),
    switchLanguageMs: Math.round(languageMs),
    renderer: 'headless chromium, SwiftShader WebGL (--disable-gpu)',
  };
  console.table(result);
  writeFileSync(join(outDir, 'web.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
}
