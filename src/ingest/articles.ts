import type { Article, Credit, Page, Span } from '../model/types.ts';
import { columnLayout } from './column.ts';
import { type Draft, splitLines } from './lines.ts';
import { isMarkdown, markdownLayout } from './markdown.ts';
import { TextBuilder } from './normalise.ts';
import { splitSentences } from './sentences.ts';

/** An article placed in the page's normalised text. */
interface Placed {
  start: number;
  end: number;
  title: string;
  /** The first paragraph is the headline. */
  titled: boolean;
  /** Paragraph spans in page coordinates; the title, when there is one, is the first. */
  paragraphs: Span[];
  byline: string[];
  credits: Credit[];
}

export interface Layout {
  text: string;
  toRaw: Int32Array;
  articles: Placed[];
}

/**
 * Find the articles of a raw page and build its normalised text in reading order: each article's
 * headline, subtitle and series line first (column pages print them after the body), then its
 * paragraphs, one per line;
 * articles are separated by a blank line. Paragraphs seen before on the page are dropped.
 */
export function layoutPage(raw: string): Layout {
  const lines = splitLines(raw);
  const drafts = isMarkdown(lines) ? markdownLayout(lines) : columnLayout(lines);
  const b = new TextBuilder(raw);
  const seen = new Set<string>();
  const articles: Placed[] = [];
  for (const draft of drafts) {
    const placed = render(b, draft, seen);
    if (placed) articles.push(placed);
  }
  const { text, toRaw } = b.finish(raw.length);
  for (const a of articles) {
    if (a.titled) a.title = text.slice(a.paragraphs[0].start, a.paragraphs[0].end);
  }
  return { text, toRaw, articles };
}

function render(b: TextBuilder, draft: Draft, seen: Set<string>): Placed | null {
  const head = (k: string) => (k === 'title' ? 0 : k === 'subtitle' ? 1 : k === 'kicker' ? 2 : 3);
  const ordered = [...draft.blocks].sort((x, y) => head(x.kind) - head(y.kind)); // stable: source order within a rank
  const empty = b.length;
  if (b.length) {
    b.push(0x0a, b.lastRaw() + 1);
    b.push(0x0a, b.lastRaw());
  }
  const start = b.length;
  const paragraphs: Span[] = [];
  let titled = false;
  for (const block of ordered) {
    const before = b.length;
    if (paragraphs.length) b.push(0x0a, b.lastRaw() + 1);
    const p = b.length;
    block.segs.forEach((seg, k) => b.append(seg, k > 0));
    if (b.length === p) {
      b.truncate(before);
      continue;
    }
    if (block.kind === 'body' && b.length - p >= 10) {
      const key = b.since(p);
      if (seen.has(key)) {
        b.truncate(before);
        continue;
      }
      seen.add(key);
    }
    paragraphs.push({ start: p, end: b.length });
    if (block.kind === 'title' && paragraphs.length === 1) titled = true;
  }
  if (!paragraphs.length) {
    b.truncate(empty);
    return null;
  }
  return { start, end: b.length, title: '', titled, paragraphs, byline: draft.byline, credits: draft.credits };
}

const layouts = new WeakMap<Page, Layout>();

export function rememberLayout(page: Page, layout: Layout): void {
  layouts.set(page, layout);
}

/** Split a normalised page into articles (see layoutPage for how they are found). */
export function splitArticles(page: Page): Article[] {
  let layout = layouts.get(page);
  if (!layout) {
    layout = layoutPage(page.raw);
    if (layout.text !== page.text) {
      throw new Error(`${page.doc}: page.text does not match page.raw; build pages with pageFromBytes`);
    }
  }
  return layout.articles.map((a, index) => {
    const text = page.text.slice(a.start, a.end);
    const paragraphs = a.paragraphs.map((p) => ({ start: p.start - a.start, end: p.end - a.start }));
    const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
    return {
      doc: page.doc,
      id: `${page.doc}#${index}`,
      index,
      title: a.title,
      byline: [...a.byline],
      credits: a.credits.map((c) => ({ ...c })),
      text,
      paragraphs,
      sentences,
      pageOffset: a.start,
    };
  });
}
