import type { Credit } from '../model/types.ts';
import type { Seg } from './normalise.ts';

/** One non-empty line of the raw text: `start`/`end` bound its trimmed content. */
export interface Line extends Seg {
  text: string;
  /** The line starts with a space: an indented first line, which starts an article in column pages. */
  indent: boolean;
}

export type BlockKind = 'title' | 'subtitle' | 'kicker' | 'byline' | 'section' | 'body' | 'caption' | 'note';

/** One paragraph-to-be: raw pieces joined in order (wrapped lines). */
export interface Block {
  kind: BlockKind;
  segs: Seg[];
}

/** An article as found by a layout, before rendering. */
export interface Draft {
  blocks: Block[];
  byline: string[];
  credits: Credit[];
  /** Kinds present, kept by addBlock so layouts ask in constant time. */
  kinds: Set<BlockKind>;
}

export const newDraft = (): Draft => ({ blocks: [], byline: [], credits: [], kinds: new Set() });

export function addBlock(d: Draft, kind: BlockKind, segs: Seg[]): void {
  d.blocks.push({ kind, segs });
  d.kinds.add(kind);
}

export const hasBody = (d: Draft) => d.kinds.has('body') || d.kinds.has('section');
export const hasTitle = (d: Draft) => d.kinds.has('title');
export const isEmptyDraft = (d: Draft) => d.blocks.length === 0;

/** Non-empty lines, trimmed, with their raw bounds. Lines end at \n, \r\n or a lone \r. Linear. */
export function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  const n = raw.length;
  while (pos <= n) {
    let nl = pos;
    while (nl < n && raw.charCodeAt(nl) !== 0x0a && raw.charCodeAt(nl) !== 0x0d) nl++;
    let s = pos;
    let e = nl;
    while (s < e && isBlank(raw.charCodeAt(s))) s++;
    while (e > s && isBlank(raw.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: raw.slice(s, e), indent: s > pos });
    pos = raw.charCodeAt(nl) === 0x0d && raw.charCodeAt(nl + 1) === 0x0a ? nl + 2 : nl + 1;
  }
  return out;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x0c;
}

/** Line ends a sentence: 。！？… optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[。！？!?…][”’」』"'）)]*$/.test(text.slice(-8));
}

/** Quotes and brackets in a line are balanced (a headline never leaves one open). */
export function balanced(text: string): boolean {
  const pairs: Array<[string, string]> = [['“', '”'], ['《', '》'], ['（', '）'], ['(', ')'], ['「', '」'], ['『', '』']];
  for (const [o, c] of pairs) if (text.split(o).length !== text.split(c).length) return false;
  return true;
}

/**
 * Could be a headline or section head: short, no sentence punctuation, nothing left open.
 * Commas are allowed only after a colon ("祁阳市：政企沟通零距离，“茶话吧”里解难题").
 */
export function headlineLike(text: string): boolean {
  if (text.length > 48 || text.length < 2) return false;
  if (/[。！？；;!?]/.test(text)) return false;
  if (/[，、：,:]$/.test(text)) return false;
  const colon = text.search(/[：:]/);
  const comma = text.search(/[，、,]/);
  if (comma >= 0 && (colon < 0 || colon > comma)) return false;
  if (/\s摄$/.test(text)) return false;
  return balanced(text);
}

/** The line opens a news item with a date, "近日" or "本报讯" (本报永州讯): the lede of a new article. */
export function isLede(text: string): boolean {
  return /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|^(?:近日|日前|昨日|昨天|今天|近期)[，,]|^本报[\p{Script=Han}]{0,6}讯/u.test(text);
}
