// The explorer with a graph built from hostile article text: markup in labels, aliases, roles, headlines and
// evidence shows as text. Complements test/e2e/explorer.spec.ts (labels, evidence, headlines) with aliases,
// roles, <script> in labels, attribute-breaking quotes and the edge panel.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/export/index.ts';
import { buildGraph } from '../../src/graph/build.ts';
import type { Article, Entity, PageResult } from '../../src/model/types.ts';
import { buildWeb, launch, serveWeb } from '../e2e/harness.ts';

/** Each payload sets its own flag if it ever runs. */
const xss = (n: number) => [`<script>window.__xss=${n}</script>`, `<img src=x onerror="window.__xss=${n + 1}">`, `"><svg onload=window.__xss=${n + 2}>`];
const [LABEL_SCRIPT, LABEL_IMG, LABEL_SVG] = xss(10);
const [ALIAS_SCRIPT, ALIAS_IMG] = xss(20);
const [, ROLE_IMG] = xss(30);
const [TITLE_SCRIPT, TITLE_IMG] = xss(40);
const [EVIDENCE_SCRIPT, EVIDENCE_IMG] = xss(50);

const person = `张三${LABEL_SCRIPT}`;
const org = `${LABEL_IMG}委员会`;
const place = `${LABEL_SVG}村`;
const sentence = `${person}在${place}和${org}调研${EVIDENCE_SCRIPT}${EVIDENCE_IMG}。`;
const article: Article = {
  doc: 'hostile.txt',
  id: 'hostile.txt#0',
  index: 0,
  title: `${TITLE_SCRIPT}${TITLE_IMG}标题`,
  byline: [],
  credits: [],
  text: sentence,
  paragraphs: [{ start: 0, end: sentence.length }],
  sentences: [{ start: 0, end: sentence.length }],
  pageOffset: 0,
};
const entity = (type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity => {
  const start = sentence.indexOf(name);
  return { id: `${type}:${name}`, type, name, aliases: [], mentions: 1, occurrences: [{ article: article.id, sentence: 0, start, end: start + name.length }], ...extra };
};
const page: PageResult = {
  doc: 'hostile.txt',
  path: 'hostile.txt',
  hash: 'e'.repeat(64),
  articles: [article],
  entities: [entity('person', person, { aliases: [ALIAS_SCRIPT, ALIAS_IMG], role: ROLE_IMG }), entity('place', place), entity('organisation', org)],
};

describe('explorer with hostile article text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-xss-'));
  let browser: Browser;
  let server: Server;
  let url: string;
  let tab: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];

  /** People are keyed by what anchors them across pages (here: their page). */
  let personKey = '';

  beforeAll(async () => {
    const graph = buildGraph([page]);
    personKey = graph.filterNodes((_, a) => a.type === 'person')[0];
    writeOutputs(graph, dir, ['json']);
    const root = await buildWeb();
    ({ server, url } = await serveWeb(root, join(dir, 'graph.json')));
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(hash: string) {
    await tab?.close();
    tab = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await tab.goto(`${url}${hash}`);
    await tab.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 20_000 });
  }

  /** Nothing injected ran or was parsed into the page. */
  async function expectInert() {
    await tab.waitForTimeout(300);
    expect(await tab.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await tab.locator('body img, body svg[onload], #panel script, #search-list script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  }

  it('a person with <script> in its name, markup in its aliases and role', async () => {
    await open(`#node=${encodeURIComponent(personKey)}`);
    const panel = tab.locator('#panel');
    expect(await panel.locator('h2').textContent()).toBe(person);
    const text = await panel.textContent();
    for (const shown of [ALIAS_SCRIPT, ALIAS_IMG, ROLE_IMG, EVIDENCE_SCRIPT, TITLE_IMG]) expect(text).toContain(shown);
    await expectInert();
  });

  it('an organisation and a place whose names break out of attributes', async () => {
    for (const key of [`organisation:${org}`, `place:${place}`]) {
      await open(`#node=${encodeURIComponent(key)}`);
      expect(await tab.locator('#panel h2').textContent()).toBe(key.slice(key.indexOf(':') + 1));
      await expectInert();
    }
  });

  it('search lists hostile names and aliases as text', async () => {
    await open('');
    for (const query of ['<script', '<img', '"><svg', 'onerror']) {
      await tab.fill('#search-input', query);
      await tab.waitForSelector('#search-list li[data-key]');
      expect(await tab.locator('#search-list').textContent()).toContain(query);
    }
    await expectInert();
  });
});
