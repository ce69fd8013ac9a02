// Column pages: text extracted from a PDF newspaper column. Lines wrap mid-word at 8–20 characters,
// headlines and bylines come AFTER the article body, an indented line starts an article.
import type { Credit } from '../model/types.ts';
import { bylineOnly, leadingByline, namesLine, photoCredit, trailingByline } from './credits.ts';
import {
  addBlock,
  type Block,
  type BlockKind,
  type Draft,
  type Line,
  endsSentence,
  hasBody,
  hasTitle,
  headlineLike,
  isEmptyDraft,
  isLede,
  newDraft,
} from './lines.ts';
import { type Seg, visualWidth } from './normalise.ts';

interface Para {
  segs: Seg[];
  next: number;
  byline: string[] | null;
  photo: string[] | null;
}

const isKeyword = (t: string) => /^关键词[：:]/.test(t);
const isSubtitle = (t: string) => t.startsWith('——') && t.length <= 48;
/** Two short phrases side by side: "雷霆出击 擦亮平安底色" (a section head). */
const isTwoPhrase = (t: string) => /^[\p{Script=Han}“”]{2,8}[ \u3000]+[\p{Script=Han}“”]{2,12}$/u.test(t);

/** A doubled headline ("让万家灯火更璀璨让万家灯火更璀璨") keeps its first half. */
function headlineSeg(line: Line): Seg {
  const t = line.text;
  const half = t.length / 2;
  if (t.length >= 8 && Number.isInteger(half) && t.slice(0, half) === t.slice(half)) return { start: line.start, end: line.start + half };
  return line;
}

/**
 * Column width around each line: the upper quartile of its neighbours' widths, so that short
 * paragraph ends and wide headlines or bylines nearby do not count (columns change width on a page).
 */
function localWidths(lines: Line[]): number[] {
  const w = lines.map((l) => (l.text.length > 200 ? 100 : visualWidth(l.text)));
  // A typed array sorts numbers natively: a comparator sort per line was a tenth of reading a page.
  const buffer = new Float64Array(12);
  return w.map((_, i) => {
    let n = 0;
    for (let j = Math.max(0, i - 6); j <= Math.min(w.length - 1, i + 6); j++) if (j !== i) buffer[n++] = w[j];
    const around = buffer.subarray(0, n).sort();
    return n ? around[Math.floor(0.75 * (n - 1))] : w[i];
  });
}

export function columnLayout(lines: Line[]): Draft[] {
  // An indented line starts an article where few lines are indented; where every paragraph is
  // indented ("　　"), indentation only starts a paragraph.
  const indented = lines.filter((l) => l.indent).length;
  const ends = lines.filter((l) => endsSentence(l.text)).length;
  const opensArticle = (l: Line | undefined) => !!l && l.indent && indented <= Math.max(2, ends / 4);
  const drafts: Draft[] = [];
  const width = localWidths(lines);
  let cur = newDraft();
  let after = false; // past the body: byline, headline, subtitle, caption of the article above
  let pending: Block | null = null; // a headline printed above the next article's body

  const start = () => {
    if (!isEmptyDraft(cur)) drafts.push(cur);
    cur = newDraft();
    after = false;
    if (pending) addBlock(cur, pending.kind, pending.segs);
    pending = null;
  };
  const add = (kind: BlockKind, segs: Seg[]) => addBlock(cur, kind, segs);
  const credit = (names: string[], kind: Credit['kind']) => {
    if (kind === 'byline') cur.byline.push(...names);
    cur.credits.push(...names.map((name) => ({ name, kind })));
  };

  const paragraph = (i: number): Para => {
    const segs: Seg[] = [];
    let j = i;
    while (j < lines.length) {
      const l = lines[j];
      if (j > i && (l.indent || namesLine(l.text) || bylineOnly(l.text) || isSubtitle(l.text) || isKeyword(l.text) || leadingByline(l.text))) break;
      segs.push(l);
      j++;
      const by = trailingByline(l.text);
      // "本报讯（记者 张三）" alone on its line opens the article; it does not close it.
      if (by && !(leadingByline(l.text) && by.at === l.text.search(/[（(]/))) return { segs, next: j, byline: by.names, photo: null };
      const photo = photoCredit(l.text);
      if (photo) return { segs, next: j, byline: null, photo };
      if (endsSentence(l.text)) break;
    }
    return { segs, next: j, byline: null, photo: null };
  };

  /** Headline-like lines from i (at most 3). */
  const headRun = (i: number): number => {
    let h = 0;
    while (h < 3 && i + h < lines.length) {
      const l = lines[i + h];
      if (l.indent || !headlineLike(l.text) || namesLine(l.text) || isSubtitle(l.text)) break;
      h++;
    }
    return h;
  };
  const sectionish = (j: number) => {
    const t = lines[j].text;
    return isKeyword(t) || isTwoPhrase(t) || visualWidth(t) < 0.62 * width[j];
  };

  /** A "——" line inside a body is a subtitle only when it is not the first line of a list item. */
  const standsAlone = (j: number) => {
    const next = lines[j + 1];
    if (!headlineLike(lines[j].text)) return false;
    if (visualWidth(lines[j].text) > 1.1 * width[j]) return true;
    return !next || opensArticle(next) || headlineLike(next.text) || isLede(next.text) || !!bylineOnly(next.text) || !!namesLine(next.text);
  };

  /**
   * Headline-like lines at i (n of them) after a byline are a headline unless they could be the first
   * line of a body: a single line as wide as the column, with nothing after it that opens a body.
   */
  const isHeadline = (j: number, n: number, next: Line | undefined) => {
    const t = lines[j].text;
    const ratio = visualWidth(t) / (width[j] || 1);
    if (n > 1 || /[：:]/.test(t) || ratio < 0.85 || ratio > 1.1) return true;
    return !next || opensArticle(next) || isLede(next.text) || next.text.startsWith('“') || isSubtitle(next.text) ||
      !!namesLine(next.text) || !!bylineOnly(next.text) || !!photoCredit(next.text);
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (opensArticle(line) && hasBody(cur) && !bylineOnly(line.text)) start();
    const names = namesLine(line.text);
    if (names) {
      // A line of names without parentheses opens an article (reporters under the headline).
      if (hasBody(cur) || after) start();
      add('byline', [line]);
      credit(names, 'byline');
      i++;
      continue;
    }
    const by = bylineOnly(line.text);
    if (by) {
      add('byline', [line]);
      credit(by, 'byline');
      after = true;
      i++;
      continue;
    }
    if (isSubtitle(line.text) && (after || (hasBody(cur) && standsAlone(i)))) {
      add('subtitle', [line]);
      after = true;
      i++;
      continue;
    }
    const lead = leadingByline(line.text);
    if (lead) {
      // "本报讯（记者 张三）…" opens a dispatch.
      if (hasBody(cur) || after) start();
      credit(lead, 'byline');
    } else if (after) {
      if (!line.indent && headlineLike(line.text)) {
        const segs = [headlineSeg(line)];
        let next = lines[i + 1];
        // A headline wraps onto a shorter second line; "地名：标题" headlines are complete in one.
        if (!hasTitle(cur) && next && !next.indent && headlineLike(next.text) && !isSubtitle(next.text) &&
            !namesLine(next.text) && !/[：:]/.test(line.text) && visualWidth(next.text) < visualWidth(line.text)) {
          segs.push(next);
          next = lines[i + 2];
        }
        if ((!hasTitle(cur) || !pending) && isHeadline(i, segs.length, next)) {
          if (hasTitle(cur)) pending = { kind: 'title', segs };
          else add('title', segs);
          i += segs.length;
          continue;
        }
      }
      const p = paragraph(i);
      if (p.photo) {
        add('caption', p.segs);
        credit(p.photo, 'photo');
        i = p.next;
        continue;
      }
      start();
    } else {
      const h = headRun(i);
      if (h > 0) {
        const next = lines[i + h];
        const opensNext = !next || opensArticle(next) || isLede(next.text) || !!namesLine(next.text);
        if (opensNext && hasBody(cur) && !hasTitle(cur)) {
          // Headline printed after the body, no byline between.
          add('title', lines.slice(i, i + h).map(headlineSeg));
          after = true;
          i += h;
          continue;
        }
        if (opensNext && hasBody(cur)) start(); // this article had its headline above: the run heads the next
        if (opensNext && !hasBody(cur) && !hasTitle(cur) && h <= 2) {
          add('title', lines.slice(i, i + h).map(headlineSeg)); // headline above its body
          i += h;
          continue;
        }
        if (h <= 2 && Array.from({ length: h }, (_, k) => sectionish(i + k)).every(Boolean)) {
          for (let k = 0; k < h; k++) add('section', [lines[i + k]]);
          i += h;
          continue;
        }
      }
    }
    const p = paragraph(i);
    add(p.photo ? 'caption' : 'body', p.segs);
    if (p.photo) credit(p.photo, 'photo');
    if (p.byline) {
      credit(p.byline, 'byline');
      after = true;
    }
    i = p.next;
  }
  start();
  if (!isEmptyDraft(cur)) drafts.push(cur);
  return drafts;
}
