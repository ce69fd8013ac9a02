// npm run bench:accuracy — extract the seed pages, score them against ../shared/gold/seeds,
// and record throughput of the whole extract step beside raw nodejieba.cut on the same text.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isPageError, readPages } from '../src/ingest/index.ts';
import type { Page } from '../src/model/types.ts';
import { rawCut } from '../src/nlp/segment.ts';
import { processPage } from '../src/pipeline.ts';
import { contract } from '../src/cli/commands/extract.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });

const pages: Page[] = [];
for await (const p of readPages([join(root, 'seeds')])) if (!isPageError(p)) pages.push(p);
const chars = pages.reduce((n, p) => n + p.text.length, 0);

processPage(pages[0]); // load dictionaries before timing
const rounds = 5;
let t = performance.now();
let lines: string[] = [];
for (let r = 0; r < rounds; r++) lines = pages.map((p) => JSON.stringify({ doc: p.doc, entities: processPage(p).entities.map(contract) }));
const extractSec = (performance.now() - t) / 1000 / rounds;
t = performance.now();
for (let r = 0; r < rounds; r++) for (const p of pages) rawCut(p.text);
const cutSec = (performance.now() - t) / 1000 / rounds;

const pred = join(out, 'pred.jsonl');
writeFileSync(pred, lines.join('\n') + '\n');
const kchar = (s: number) => `${Math.round(chars / s / 1000)}k chars/s`;
console.log(`pages ${pages.length}, ${chars} chars; extract ${kchar(extractSec)}, raw nodejieba.cut ${kchar(cutSec)} (extract at ${((100 * cutSec) / extractSec).toFixed(0)}% of cut)`);

const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`no ${scorer}: accuracy not scored (the gold files live in ../shared beside the checkout)`);
} else {
  const verbose = process.argv.includes('--verbose') ? ['--verbose'] : [];
  console.log(execFileSync(process.execPath, [scorer, join(shared, 'gold', 'seeds'), pred, ...verbose], { encoding: 'utf8' }));
}
