// npm run bench:accuracy — extract the seed pages, score them against ../shared/gold/seeds,
// and record throughput of the whole extract step beside raw nodejieba.cut on the same text.
// The machine is shared: extract and cut passes alternate, and each figure is the fastest of many
// passes (load only ever slows a pass down), so the two stay comparable. `--rounds=N` sets the passes.
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
import { stagedPage, type StageTimes } from './stages.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 20);

const pages: Page[] = [];
for await (const p of readPages([join(root, 'seeds')])) if (!isPageError(p)) pages.push(p);
const chars = pages.reduce((n, p) => n + p.text.length, 0);

let t = performance.now();
const extractPass = () => pages.map((p) => JSON.stringify({ doc: p.doc, entities: processPage(p).entities.map(contract) }));
const lines = extractPass(); // loads dictionaries and the gazetteer: start-up, not throughput
const firstMs = performance.now() - t;

/** processPage over every seed page, stage by stage (bench/stages.ts), as the lines extractPass gives. */
const stagedPass = (times: StageTimes): string[] => pages.map((page) => JSON.stringify({ doc: page.doc, entities: stagedPage(page, times).entities.map(contract) }));

const best = { extract: Infinity, cut: Infinity };
const stages = new Map<string, number>();
for (let r = 0; r < rounds; r++) {
  t = performance.now();
  extractPass();
  best.extract = Math.min(best.extract, performance.now() - t);
  t = performance.now();
  for (const p of pages) rawCut(p.text);
  best.cut = Math.min(best.cut, performance.now() - t);
  const pass = new Map<string, number>();
  const staged = stagedPass(pass);
  if (staged.join('\n') !== lines.join('\n')) throw new Error('bench/accuracy.ts: the staged pass differs from processPage; update stagedPage (bench/stages.ts) to match src/pipeline.ts');
  for (const [stage, ms] of pass) stages.set(stage, Math.min(stages.get(stage) ?? Infinity, ms));
}

const pred = join(out, 'pred.jsonl');
writeFileSync(pred, lines.join('\n') + '\n');
const kchar = (ms: number) => `${Math.round(chars / ms)}k chars/s`;
console.log(
  `pages ${pages.length}, ${chars} chars; extract ${kchar(best.extract)}, raw nodejieba.cut ${kchar(best.cut)} ` +
    `(extract at ${((100 * best.cut) / best.extract).toFixed(0)}% of cut; fastest of ${rounds} passes; first pass with start-up ${firstMs.toFixed(0)} ms)`,
);
console.log(`per stage, ms per pass (fastest): ${[...stages].map(([stage, ms]) => `${stage} ${ms.toFixed(1)}`).join(', ')}; extract ${best.extract.toFixed(1)}, cut ${best.cut.toFixed(1)}`);

const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`no ${scorer}: accuracy not scored (the gold files live in ../shared beside the checkout)`);
} else {
  const verbose = process.argv.includes('--verbose') ? ['--verbose'] : [];
  console.log(execFileSync(process.execPath, [scorer, join(shared, 'gold', 'seeds'), pred, ...verbose], { encoding: 'utf8' }));
}
