// Markdown-like pages: `#` headlines, a reporter line under the headline, `**bold**` section heads,
// bylines in parentheses at a paragraph's end. Extraction cuts and repeats paragraphs.
import type { Credit } from '../model/types.ts';
import { bylineOnly, isAuthorNote, leadingByline, namesLine, photoCredit, trailingByline } from './credits.ts';
import { addBlock, type BlockKind, type Draft, type Line, balanced, hasTitle, isEmptyDraft, newDraft } from './lines.ts';
import type { Seg } from './normalise.ts';

const HEADING = /^(#{1,6})[ \t]+/;
const BOLD_LINE = /^\*\*([^*]+)\*\*$/;
/** A headline without `#`: short, no sentence end, nothing left open. */
const headingLike = (t: string) => t.length <= 40 && !/[。！？；;!?]/.test(t) && balanced(t);

export const isMarkdown = (lines: Line[]) => lines.some((l) => HEADING.test(l.text));

/** A line minus its markup: heading marks and `**`. */
function content(line: Line): Seg[] {
  let start = line.start;
  const h = HEADING.exec(line.text);
  if (h) start += h[0].length;
  const segs: Seg[] = [];
  const text = line.text;
  let from = start;
  for (let at = text.indexOf('**', start - line.start); at >= 0; at = text.indexOf('**', at + 2)) {
    if (line.start + at > from) segs.push({ start: from, end: line.start + at });
    from = line.start + at + 2;
  }
  if (line.end > from) segs.push({ start: from, end: line.end });
  return segs;
}

/** Mid-sentence line end: the paragraph was wrapped or cut, the next line continues it. */
const continues = (text: string) => /[\p{Script=Han}A-Za-z0-9，、]$/u.test(text.slice(-2));

export function markdownLayout(lines: Line[]): Draft[] {
  const drafts: Draft[] = [];
  let cur = newDraft();
  let level = 0; // heading level of the current article's headline
  let sectionLevel = 0; // heading level of its sections
  let ended = false; // a byline or author note closed the current article
  let kicker: Seg[] | null = null;

  const start = (lvl: number) => {
    if (!isEmptyDraft(cur)) drafts.push(cur);
    cur = newDraft();
    level = lvl;
    sectionLevel = 0;
    ended = false;
  };
  const add = (kind: BlockKind, segs: Seg[]) => addBlock(cur, kind, segs);
  const credit = (names: string[], kind: Credit['kind']) => {
    if (kind === 'byline') cur.byline.push(...names);
    cur.credits.push(...names.map((name) => ({ name, kind })));
  };
  const titled = (segs: Seg[], lvl: number) => {
    start(lvl);
    add('title', segs);
    if (kicker) add('kicker', kicker);
    kicker = null;
  };

  // Extraction repeats paragraphs: a line seen before (10+ characters) is dropped the second time.
  const seen = new Set<string>();
  const kept = lines.filter((l) => {
    if (l.text.length < 10 || HEADING.test(l.text)) return true;
    if (seen.has(l.text)) return false;
    seen.add(l.text);
    return true;
  });

  for (let i = 0; i < kept.length; i++) {
    const line = kept[i];
    const next = kept[i + 1];
    const h = HEADING.exec(line.text);
    if (h) {
      const lvl = h[1].length;
      const body = line.text.slice(h[0].length);
      const hasHead = hasTitle(cur) || cur.kinds.has('body');
      const bare = hasTitle(cur) && cur.blocks.every((b) => b.kind === 'title' || b.kind === 'kicker');
      if (bare && lvl > level && !body.startsWith('——')) {
        // A deeper heading right under a headline with nothing between: that headline named the column
        // (## 新闻速览 / ### 祁东：黄花菜丰收), and this one heads the article.
        kicker = cur.blocks.flatMap((b) => b.segs);
        cur = newDraft();
        titled(content(line), lvl);
        continue;
      }
      if (body.startsWith('——')) add('subtitle', content(line));
      else if (!hasHead || level === 0 || ended || lvl <= level || (sectionLevel > 0 && lvl < sectionLevel)) {
        titled(content(line), lvl);
      } else {
        add('section', content(line));
        sectionLevel ||= lvl;
      }
      continue;
    }
    const prev = cur.blocks[cur.blocks.length - 1];
    const underHeadline = prev && (prev.kind === 'title' || prev.kind === 'subtitle' || prev.kind === 'kicker');
    // The reporter line may be set in bold: **记者 盘 晓 通讯员 奉小燕**.
    const names = namesLine(BOLD_LINE.exec(line.text)?.[1] ?? line.text, underHeadline ? 1 : 2);
    if (names && (underHeadline || !cur.blocks.length)) {
      add('byline', content(line));
      credit(names, 'byline');
      continue;
    }
    if (headingLike(line.text) && !BOLD_LINE.test(line.text) && !bylineOnly(line.text) && !isAuthorNote(line.text)) {
      if (next && HEADING.test(next.text)) {
        kicker = content(line); // series line printed above the headline
        continue;
      }
      if (next && namesLine(next.text, 1)) {
        titled(content(line), level || 1); // a headline with its reporter line, no `#`
        continue;
      }
    }
    if (BOLD_LINE.test(line.text)) {
      add('section', content(line));
      continue;
    }
    const by = bylineOnly(line.text);
    if (by) {
      add('byline', [line]);
      credit(by, 'byline');
      ended = true;
      continue;
    }
    if (isAuthorNote(line.text)) {
      add('note', [line]);
      ended = true;
      continue;
    }
    if (ended) start(level);
    const lead = leadingByline(line.text); // "本报讯（记者 张三）…"
    if (lead) credit(lead, 'byline');
    // Join wrapped or cut lines into one paragraph; a caption printed inside it is kept aside.
    const segs = content(line);
    const captions: Line[] = [];
    let last = line;
    while (continues(last.text)) {
      let j = i + 1;
      while (kept[j] && photoCredit(kept[j].text) && kept[j].text.length < 200) j++;
      if (!kept[j] || !isPlain(kept[j])) break;
      captions.push(...kept.slice(i + 1, j));
      i = j;
      last = kept[j];
      segs.push(...content(last));
    }
    const photo = photoCredit(last.text);
    add(photo ? 'caption' : 'body', segs);
    if (photo) credit(photo, 'photo');
    for (const c of captions) {
      add('caption', content(c));
      credit(photoCredit(c.text)!, 'photo');
    }
    const tail = trailingByline(last.text);
    if (tail) {
      credit(tail.names, 'byline');
      ended = true;
    }
  }
  if (!isEmptyDraft(cur)) drafts.push(cur);
  return drafts;
}

function isPlain(line: Line): boolean {
  return !photoCredit(line.text) && !HEADING.test(line.text) && !BOLD_LINE.test(line.text) && !namesLine(line.text) && !bylineOnly(line.text) && !isAuthorNote(line.text);
}
