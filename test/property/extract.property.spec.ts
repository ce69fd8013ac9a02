// Property tests: extractors and the resolver never throw or hang on any article, and every
// mention and occurrence points inside its article's text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, loadUserWords } from '../../extractors/index.ts';
import { IngestError, pageFromBytes, splitArticles } from '../../src/ingest/index.ts';
import { ENTITY_TYPES, type AnalysedArticle, type Mention } from '../../src/model/types.ts';
import { segment } from '../../src/nlp/segment.ts';
import { resolvePage } from '../../src/resolve/index.ts';
import { anyText, cjkText, pageText, timed } from './arbitraries.ts';

/** Runs per property (docs/robustness.md lists them). */
export const RUNS = { articles: 1000, pages: 400 };

loadUserWords();

/** Articles of a page made from `text`, segmented as the pipeline does; [] when the text is not a page. */
function analyse(text: string): AnalysedArticle[] {
  let page;
  try {
    page = pageFromBytes('p.txt', Buffer.from(text));
  } catch (err) {
    if (err instanceof IngestError) return []; // empty or binary: the reading properties cover it
    throw err;
  }
  return splitArticles(page).map((article) => ({ article, tokens: timed('segment', 1000, () => segment(article.text)) }));
}

function checkMentions(doc: AnalysedArticle, mentions: readonly Mention[]) {
  const { text } = doc.article;
  for (const m of mentions) {
    if (!(m.start >= 0 && m.start < m.end && m.end <= text.length)) throw new Error(`${m.type} mention ${m.start}-${m.end} outside 0-${text.length}`);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(ENTITY_TYPES).toContain(m.type);
  }
  for (const t of doc.tokens) {
    if (!(t.start >= 0 && t.start <= t.end && t.end <= text.length)) throw new Error(`token ${t.start}-${t.end} outside 0-${text.length}`);
  }
}

function run(text: string) {
  const analysed = analyse(text);
  const found = analysed.map((doc) => {
    const mentions = timed(`extractArticle (${doc.article.text.length} chars)`, 1000, () => extractArticle(doc));
    checkMentions(doc, mentions);
    return mentions;
  });
  const entities = timed('resolvePage', 1000, () => resolvePage('p.txt', analysed, found));
  const byId = new Map(analysed.map(({ article }) => [article.id, article]));
  for (const e of entities) {
    expect(e.id.startsWith(`${e.type}:`) && e.name.length > 0).toBe(true);
    expect(e.occurrences.length).toBe(e.mentions);
    for (const o of e.occurrences) {
      const a = byId.get(o.article);
      if (!a) throw new Error(`${e.id}: occurrence in unknown article ${o.article}`);
      if (!(o.start >= 0 && o.start < o.end && o.end <= a.text.length)) throw new Error(`${e.id}: occurrence ${o.start}-${o.end} outside ${a.id}`);
      if (!(o.sentence >= 0 && o.sentence < Math.max(1, a.sentences.length))) throw new Error(`${e.id}: sentence ${o.sentence} of ${a.sentences.length}`);
    }
  }
}

describe('extractors and resolver (properties)', () => {
  it('articles of arbitrary text (full Unicode, CJK mixes, long runs): no exception, mentions inside the text, < 1 s each', () => {
    fc.assert(fc.property(fc.oneof(cjkText(600), anyText(600)), run), { numRuns: RUNS.articles });
  });

  it('page-like text (headlines, bylines, markdown, quotes and brackets left open): resolvePage keeps occurrences inside', () => {
    fc.assert(fc.property(pageText(30), run), { numRuns: RUNS.pages });
  });

  it('hand-picked hard articles', () => {
    const hard = [
      '“'.repeat(5000),
      '“永州'.repeat(2000),
      '《'.repeat(3000) + '》'.repeat(3000),
      '（'.repeat(4000) + '张三',
      '张'.repeat(20000),
      '永州市'.repeat(3000),
      '“三长制”'.repeat(1500),
      '某'.repeat(5000),
      '记者'.repeat(4000),
      '、'.repeat(10000),
      '局'.repeat(10000),
      '行动'.repeat(5000),
      '零陵区委书记赵立平，'.repeat(500),
      'a'.repeat(50000),
      '1'.repeat(50000),
      '。'.repeat(20000),
      '\ud800'.repeat(1000) + '永州',
    ];
    for (const text of hard) run(text);
  });
});
