// The person extractor's dictionaries (extractors/data/person-*), loaded once.
import { readFileSync } from 'node:fs';
import surnames from '../data/person-surnames.json' with { type: 'json' };

const dataFile = (name: string) => readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8');

/** Non-comment lines of a data file, split on tabs. */
function rows(name: string): string[][] {
  return dataFile(name)
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.trim().split('\t'));
}

const words = (name: string) => new Set(rows(name).flatMap((r) => r[0].split(/\s+/)));

export interface PersonData {
  /** Frequent surnames: weak evidence is enough. */
  common: Set<string>;
  /** Surnames that are also frequent word starts: need a strong cue. */
  ambiguous: Set<string>;
  compound: Set<string>;
  /** By char code: SURNAME_COMMON, SURNAME_AMBIGUOUS, SURNAME_COMPOUND_FIRST bits (one lookup per offset). */
  surnameClass: Uint8Array;
  roles: Set<string>;
  /** Longest role word, to bound suffix lookups. */
  roleMax: number;
  stopEnd: Set<string>;
  stopStart: Set<string>;
  speech: Set<string>;
  speechMax: number;
  notAfter: Set<string>;
  notAfterMax: number;
  notEnd: Set<string>;
  /** Courtesy form → role hint (empty when it never stands for a name). */
  courtesy: Map<string, string>;
  /** Historical title → full name. */
  titles: Map<string, string>;
}

let loaded: PersonData | undefined;

export function personData(): PersonData {
  if (loaded) return loaded;
  const roles = words('person-roles.txt');
  const speech = words('person-speech.txt');
  const notAfter = words('person-not-after.txt');
  const max = (s: Set<string>) => Math.max(...[...s].map((w) => w.length));
  const titles = new Map(rows('person-titles.tsv').map((r) => [r[0], r[1]]));
  loaded = {
    common: new Set(surnames.common),
    ambiguous: new Set(surnames.ambiguous),
    compound: new Set(surnames.compound),
    surnameClass: surnameClasses(),
    roles,
    roleMax: max(roles),
    stopEnd: words('person-stop-end.txt'),
    stopStart: words('person-stop-start.txt'),
    speech,
    speechMax: max(speech),
    notAfter,
    notAfterMax: max(notAfter),
    notEnd: words('person-not-end.txt'),
    courtesy: new Map(rows('person-courtesy.txt').map((r) => [r[0], r[1] ?? ''])),
    titles,
  };
  return loaded;
}

export const SURNAME_COMMON = 1;
export const SURNAME_AMBIGUOUS = 2;
export const SURNAME_COMPOUND_FIRST = 4;

/** Single surnames are one UTF-16 unit each; a longer entry could never match text[i] and is left out. */
function surnameClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const mark = (list: Iterable<string>, bit: number) => {
    for (const s of list) if (s.length === 1) table[s.charCodeAt(0)] |= bit;
  };
  mark(surnames.common, SURNAME_COMMON);
  mark(surnames.ambiguous, SURNAME_AMBIGUOUS);
  for (const c of surnames.compound) table[c.charCodeAt(0)] |= SURNAME_COMPOUND_FIRST;
  return table;
}
