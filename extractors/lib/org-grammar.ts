// The organisation suffix grammar, loaded from extractors/data/org-*.{json,tsv,txt}.
import { readFileSync } from 'node:fs';
import suffixes from '../data/org-suffixes.json' with { type: 'json' };
import prefixes from '../data/org-prefixes.json' with { type: 'json' };

const dataFile = (name: string) => fileLines(new URL(`../data/${name}`, import.meta.url));

function fileLines(url: URL): string[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Head words, longest first, so 有限公司 wins over 公司. */
export const HEADS: readonly string[] = [...new Set(suffixes.heads)].sort((a, b) => b.length - a.length);
export const SINGLE = new Set(suffixes.single);
export const TEAMS = new Set(suffixes.teams);
export const PARENT_HEADS: readonly string[] = [...suffixes.parents].sort((a, b) => b.length - a.length);
export const CHILD_CANONICAL: readonly string[] = suffixes.childCanonical;
export const NOT_BEFORE = new Set(suffixes.notBefore);
export const NOT_HEADS = new Set(dataFile('org-not-heads.txt'));
export const QUOTED_HEADS: readonly string[] = suffixes.quotedHeads;
/** Verbs that are ordinary parts of names (信访接待中心). */
export const NAME_VERBS = new Set(dataFile('org-name-verbs.txt'));
/** Bodies named by their head word alone (公安部). */
export const STANDALONE = new Set(dataFile('org-standalone.txt'));
/** Job titles glued to the end of a name by jieba (区委书记), longest first. */
export const ROLES: readonly string[] = dataFile('org-roles.txt').sort((a, b) => b.length - a.length);
export const PREFIXES = new Set(prefixes.prefixes);
/** 省/市/县/区 at the start of a name: a relative form resolved from context (市公安局). */
export const RELATIVE = new Set(prefixes.relative);
export const BANK_SHORT: Readonly<Record<string, string>> = prefixes.bankShort;

/**
 * Words loaded into jieba so heads and department names stay whole tokens: org-words.tsv and both
 * forms of each standard abbreviation (住建厅 and 住房和城乡建设厅, which jieba cuts as 住|建|厅).
 */
export const ORG_WORDS: ReadonlyArray<readonly [string, string]> = [
  ...dataFile('org-words.tsv').map((l) => {
    const [word, tag = 'n'] = l.split('\t');
    return [word, tag] as const;
  }),
  ...dataFile('org-abbreviations.tsv').flatMap((l) => l.split('\t').map((word) => [word, 'n'] as const)),
];
const VOCAB = new Set([...ORG_WORDS.map(([w]) => w), ...HEADS, ...PREFIXES, ...STANDALONE]);

/** Is this word part of the organisation vocabulary (a head, a department name, a prefix)? */
export const isOrgWord = (word: string) => VOCAB.has(word);

/** Heads by their last character, longest first: one Map lookup per token instead of a scan. */
const HEADS_BY_LAST = new Map<string, string[]>();
for (const h of HEADS) HEADS_BY_LAST.set(h.at(-1)!, [...(HEADS_BY_LAST.get(h.at(-1)!) ?? []), h]);

/** Last characters of the heads and one-character team words, as a char-code flag table: no other word has a head. */
const HEAD_ENDS = new Uint8Array(0x10000);
for (const c of [...HEADS_BY_LAST.keys(), ...[...TEAMS].filter((t) => t.length === 1)]) HEAD_ENDS[c.charCodeAt(0)] = 1;

/** Can a word (or any word ending like it) have a head? One table read; false means headOf is undefined. */
export const mayEndHead = (word: string) => HEAD_ENDS[word.charCodeAt(word.length - 1)] === 1;

/** The head a token ends with (longest), or undefined. One-character heads only close a noun token. */
export function headOf(word: string, tag: string): string | undefined {
  if (!mayEndHead(word)) return undefined; // most tokens: one table read
  const last = word.at(-1) ?? '';
  const heads = HEADS_BY_LAST.get(last);
  if ((!heads && !TEAMS.has(last)) || NOT_HEADS.has(word) || PREFIXES.has(word)) return undefined;
  for (const h of heads ?? []) {
    if (!word.endsWith(h)) continue;
    // One-character heads close only a department word (教育局, 商务厅) or a noun of their own (工信|厅/n, not 易|办/v).
    if (SINGLE.has(h) && !(VOCAB.has(word) && word !== h) && (word.length === 2 || !NOUNISH.test(tag))) return undefined;
    return h;
  }
  if (TEAMS.has(last) && word.length >= 3 && NOUNISH.test(tag)) return last;
  return undefined;
}
const NOUNISH = /^(?:n|nt|nz|ns|nr|j|x|vn)/;

/** The parent head a prefix of a nested name ends with (公安局 in 衡阳市公安局|石鼓分局). */
export const parentHeadOf = (name: string) => PARENT_HEADS.find((h) => name.endsWith(h));
export const childIsCanonical = (name: string) => CHILD_CANONICAL.some((h) => name.endsWith(h));
