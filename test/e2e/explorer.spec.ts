import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureGraphFile } from '../support/graph-file.ts';
import { buildWeb, FIXTURE_GRAPH, launch, SCREENSHOTS, serveWeb } from './harness.ts';

// The explorer in Debian's chromium: built by Vite, served by our static server, fixture graph.
describe('explorer in a browser', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let root: string;
  let page: Page;
  const errors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    root = await buildWeb();
    ({ server, url } = await serveWeb(root, FIXTURE_GRAPH));
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  async function open(hash = '') {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`${url}${hash}`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 20_000 });
    return page;
  }
  const visibleNodes = async () => Number(await page.getAttribute('#graph', 'data-visible-nodes'));
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

  async function pick(query: string, label: string) {
    await page.fill('#search-input', query);
    await page.waitForSelector(`#search-list li[role="option"][data-key]`);
    const option = page.locator('#search-list li[role="option"]', { hasText: label }).first();
    await option.dispatchEvent('mousedown');
    await page.waitForSelector(`#panel:not([hidden]) h2:text-is("${label}")`);
  }

  it('draws the graph with WebGL and reports what is visible', async () => {
    await open();
    expect(await page.evaluate(() => !!window.__newsgraph?.renderer.getStageCanvas().getContext('webgl2'))).toBe(true);
    const graph = JSON.parse(readFileSync(FIXTURE_GRAPH, 'utf8'));
    const entities = graph.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type !== 'article').length;
    expect(await visibleNodes()).toBe(entities);
    expect(await page.textContent('#status')).toContain(`${entities} 个节点`);
    await shot('01-graph');
    expect(errors).toEqual([]);
  });

  it('finds 三长制 by name and shows its evidence with the names marked', async () => {
    await pick('三长制', '三长制');
    const panel = page.locator('#panel');
    await expect(panel.locator('dd').first().textContent()).resolves.toBe('项目/制度');
    const quotes = panel.locator('blockquote');
    expect(await quotes.count()).toBeGreaterThan(1);
    expect(await quotes.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('网格+三长制')]));
    expect(await panel.locator('blockquote mark', { hasText: '三长制' }).count()).toBeGreaterThan(1);
    expect(await panel.locator('.articles li').allTextContents()).toContain('娄底：党建引领基层治理走深走实');
    expect(page.url()).toContain(`#node=${encodeURIComponent('programme:三长制')}`);
    await shot('02-search-三长制');
  });

  it('finds 赵立平 by pinyin initials with the keyboard', async () => {
    await page.focus('#search-input');
    await page.fill('#search-input', '');
    await page.keyboard.type('zlp');
    await page.waitForSelector('#search-option-0');
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('true');
    expect(await page.getAttribute('#search-input', 'aria-activedescendant')).toBe('search-option-0');
    expect(await page.textContent('#search-option-0')).toContain('赵立平');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel h2:text-is("赵立平")');
    expect(await page.locator('#panel dd', { hasText: '零陵区委书记' }).count()).toBe(1);
    await page.click('#panel .neighbours button[data-key="place:零陵区"]');
    await page.waitForSelector('#panel h2:text-is("零陵区")');
    expect(await page.locator('#panel dd', { hasText: '湖南省 › 永州市 › 零陵区' }).count()).toBe(1);
  });

  /** The camera glides to a selection; wait until it stops and a still frame is drawn. */
  async function cameraStill() {
    await page.waitForFunction(() => !window.__newsgraph!.renderer.getCamera().isAnimating());
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  /**
   * Clicks where `where` says once the camera is still, up to three times until `selector` shows: under
   * load a click can land while sigma redraws a frame, and the point moves if the camera did.
   */
  async function clickUntil(where: () => Promise<{ x: number; y: number }>, selector: string) {
    for (let attempt = 1; ; attempt++) {
      await cameraStill();
      const at = await where();
      await page.mouse.click(at.x, at.y);
      const shown = await page.waitForSelector(selector, { timeout: 8_000 }).catch((err) => (attempt < 3 ? null : Promise.reject(err)));
      if (shown) return;
    }
  }

  it('opens nodes and edges clicked on the canvas, and edges from the neighbour list', { timeout: 90_000 }, async () => {
    await page.click('#panel-close');
    // Screen position of a graph point, from sigma's own camera maths.
    const at = (expr: string) => page.evaluate(`(() => {
      const { renderer, graph } = window.__newsgraph;
      const box = renderer.getContainer().getBoundingClientRect();
      const p = ${expr};
      return { x: box.left + p.x, y: box.top + p.y };
    })()`) as Promise<{ x: number; y: number }>;
    await clickUntil(() => at(`renderer.graphToViewport(graph.getNodeAttributes('place:永州市'))`), '#panel h2:text-is("永州市")');
    await page.click('#panel-close');
    const edge = () => at(`(() => {
      const a = renderer.graphToViewport(graph.getNodeAttributes('place:永州市'));
      const b = renderer.graphToViewport(graph.getNodeAttributes('place:湖南省'));
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    })()`);
    await clickUntil(edge, '#panel [data-edge="within:place:永州市|place:湖南省"]');
    expect(await page.textContent('#panel dl')).toContain('隶属于');
    expect(await page.textContent('#panel')).toContain('没有证据句');

    await pick('三长制', '三长制');
    await page.click('#panel .neighbours button[data-edge="co:place:双峰县|programme:三长制"]');
    await page.waitForSelector('#panel h2:text-is("双峰县 — 三长制")');
    expect(await page.locator('#panel blockquote').count()).toBe(2);
    expect(await page.locator('#panel blockquote mark').allTextContents()).toEqual(expect.arrayContaining(['双峰县', '三长制']));
    await shot('03-edge-panel');
  });

  it('filters by entity type, relation and weight', async () => {
    await page.locator('#panel-close').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('#panel').isHidden()).toBe(true);
    const before = await visibleNodes();
    await page.locator('#filter-types input[value="place"]').uncheck();
    await page.waitForFunction((n) => Number(document.querySelector('#graph')!.getAttribute('data-visible-nodes')) < n, before);
    const withoutPlaces = await visibleNodes();
    expect(page.url()).toContain('types=person%2Corganisation%2Cprogramme');
    await page.locator('#filter-types input[value="article"]').check();
    await page.waitForFunction((n) => Number(document.querySelector('#graph')!.getAttribute('data-visible-nodes')) > n, withoutPlaces);
    await shot('04-filter-articles-no-places');
    await page.locator('#filter-types input[value="article"]').uncheck();
    await page.locator('#filter-types input[value="place"]').check();
    await page.waitForFunction((n) => Number(document.querySelector('#graph')!.getAttribute('data-visible-nodes')) === n, before);
    const edges = Number(await page.getAttribute('#graph', 'data-visible-edges'));
    await page.fill('#min-weight', '2');
    await page.dispatchEvent('#min-weight', 'change');
    await page.waitForFunction((n) => Number(document.querySelector('#graph')!.getAttribute('data-visible-edges')) < n, edges);
    await page.fill('#min-weight', '0');
    await page.dispatchEvent('#min-weight', 'change');
    await page.waitForFunction((n) => Number(document.querySelector('#graph')!.getAttribute('data-visible-edges')) === n, edges);
  });

  it('draws the shortest path between two chosen entities', async () => {
    await pick('赵立平', '赵立平');
    await page.click('#panel [data-action="path-from"]');
    await pick('三长制', '三长制');
    await page.click('#panel [data-action="path-to"]');
    const steps = await page.locator('#path-result .path-list li').allTextContents();
    expect(steps[0]).toBe('赵立平');
    expect(steps.at(-1)).toBe('三长制');
    expect(steps.length).toBeGreaterThan(2);
    const emphasised = await page.evaluate(() => window.__newsgraph!.view().path?.edges.length);
    expect(emphasised).toBe(steps.length - 1);
    await shot('05-path');
    await page.click('#path-result [data-action="clear-path"]');
    expect(await page.locator('#path-result .path-list').count()).toBe(0);
  });

  it('focuses on the ego network of a node', async () => {
    await pick('赵立平', '赵立平');
    await page.click('#panel [data-action="focus1"]');
    const neighbours = await page.locator('#panel .neighbours li').count();
    await page.waitForFunction((n) => Number(document.querySelector('#graph')!.getAttribute('data-visible-nodes')) === n, neighbours + 1);
    await page.click('#panel [data-action="focus2"]');
    await page.waitForFunction((n) => Number(document.querySelector('#graph')!.getAttribute('data-visible-nodes')) > n, neighbours + 1);
    await shot('06-focus-2-hops');
    await page.click('#path-result [data-action="clear-focus"]');
  });

  it('exports the visible subgraph as GEXF and the view as PNG', async () => {
    const shown = await visibleNodes();
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    expect(gexf.suggestedFilename()).toBe('newsgraph.gexf');
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toMatch(/^<\?xml[^>]*>\s*<gexf/);
    expect(xml.match(/<node /g)?.length).toBe(shown);
    expect(xml).toContain('label="三长制"');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { errors: doc.getElementsByTagName('parsererror').length, edges: doc.getElementsByTagName('edge').length };
    }, xml);
    expect(parsed.errors).toBe(0);
    expect(parsed.edges).toBe(Number(await page.getAttribute('#graph', 'data-visible-edges')));

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // Not a blank canvas: many distinct colours, and the selected node's disc in its type colour.
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      let red = 0; // the selected person, 赵立平, is drawn in the person colour #e15759
      for (let i = 0; i < data.length; i += 4) {
        seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        if (Math.abs(data[i] - 0xe1) + Math.abs(data[i + 1] - 0x57) + Math.abs(data[i + 2] - 0x59) < 30) red++;
      }
      return { distinct: seen.size, red };
    }, bytes.toString('base64'));
    expect(colours.distinct).toBeGreaterThan(20);
    expect(colours.red).toBeGreaterThan(30);
  });

  it('restores a shared view from the URL and switches to English', async () => {
    await page.close();
    await open(`#node=${encodeURIComponent('programme:三长制')}&types=person,place,programme&lang=en&color=community`);
    expect(await page.textContent('#panel h2')).toBe('三长制');
    expect(await page.textContent('#panel dd')).toBe('Programme');
    expect(await page.locator('#filter-types input[value="organisation"]').isChecked()).toBe(false);
    expect(await page.inputValue('#color-by')).toBe('community');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#lang')).toBe('中文');
    await shot('07-restored-english');
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('新闻图谱');
    expect(page.url()).not.toContain('lang=');
  });

  it('shows hostile article text as text: no element, no script, no dialog', async () => {
    const hostile = 'organisation:<img src=x onerror="window.__xss=1">';
    await page.close();
    await open(`#node=${encodeURIComponent(hostile)}`);
    const panel = page.locator('#panel');
    expect(await panel.locator('h2').textContent()).toBe('<img src=x onerror="window.__xss=1">');
    expect(await panel.locator('blockquote').first().textContent()).toContain('<script>window.__xss=1</script>');
    expect(await panel.locator('.articles li').first().textContent()).toBe('<img src=x onerror="window.__xss=1">测试标题');
    expect(await page.locator('#panel img, #panel script, #search-list img').count()).toBe(0);
    await page.fill('#search-input', '<img');
    await page.waitForSelector('#search-list li[data-key]');
    expect(await page.locator('#search-list img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await shot('08-hostile-text');
    expect(errors).toEqual([]);
  });

  it('runs ForceAtlas2 in a worker and stops it with noverlap', async () => {
    const before = await page.evaluate(() => window.__newsgraph!.graph.getNodeAttributes('person:赵立平'));
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
    await page.waitForTimeout(800);
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
    const after = await page.evaluate(() => window.__newsgraph!.graph.getNodeAttributes('person:赵立平'));
    expect([after.x, after.y]).not.toEqual([before.x, before.y]);
    expect(errors).toEqual([]);
  });

  it('on a big graph, draws edges and finds clicks again once the camera stops', async () => {
    await page.close();
    await open();
    // The fixture is small: switch on what big graphs get (edges hidden on move), then pan with
    // no zoom, a move after which sigma itself draws no still frame.
    await page.evaluate(`(async () => {
      const { renderer } = window.__newsgraph;
      renderer.setSettings({ hideEdgesOnMove: true });
      const camera = renderer.getCamera();
      const { x, y } = camera.getState();
      await camera.animate({ x: x + 0.05, y: y - 0.05 }, { duration: 300 });
    })()`);
    await page.waitForTimeout(600);
    const edge = () => page.evaluate(`(() => {
      const { renderer, graph } = window.__newsgraph;
      const box = renderer.getContainer().getBoundingClientRect();
      const a = renderer.graphToViewport(graph.getNodeAttributes('place:永州市'));
      const b = renderer.graphToViewport(graph.getNodeAttributes('place:湖南省'));
      return { x: box.left + (a.x + b.x) / 2, y: box.top + (a.y + b.y) / 2 };
    })()`) as Promise<{ x: number; y: number }>;
    await clickUntil(edge, '#panel [data-edge="within:place:永州市|place:湖南省"]');
    expect(errors).toEqual([]);
  });

  it('on a graph too large to load whole, shows the view the server sent and says so', async () => {
    // The fixture as `newsgraph build` writes it, served past limits it exceeds (src/query/view.ts).
    const { graph, file } = fixtureGraphFile();
    const big = await serveWeb(root, file, { maxNodes: 60, maxEdges: 50 });
    try {
      await page.close();
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(big.url);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 20_000 });
      expect(await page.evaluate(() => [window.__newsgraph!.graph.order, window.__newsgraph!.graph.size])).toEqual([60, 50]);
      expect(await page.textContent('#status')).toContain(`全图 ${graph.order} 个节点、${graph.size} 条边，载入了其中 PageRank 最高的 60 个节点及其间权重最高的 50 条边`);
      await shot('12-view-of-a-large-graph');
      await page.click('#lang');
      expect(await page.textContent('#status')).toContain(`of its ${graph.order} nodes and ${graph.size} edges, these are 60 nodes, highest PageRank first, and 50 edges among them, strongest first`);
      expect(errors).toEqual([]);
      // A damaged file: the page says what the server said.
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.slice(0, text.indexOf('],"edges":[') + 20));
      await page.reload();
      await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('HTTP 500'));
      expect(await page.textContent('#status')).toMatch(/graph\.json: HTTP 500: server error: .*graph\.json: line \d+ is not valid JSON/);
    } finally {
      await new Promise((done) => big.server.close(done));
    }
  });
});
