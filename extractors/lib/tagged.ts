import type { AnalysedArticle, EntityType, Mention } from '../../src/model/types.ts';

/** Mentions from runs of jieba tokens carrying one of `tags`: the baseline every extractor refines. */
export function taggedMentions(doc: AnalysedArticle, tags: ReadonlySet<string>, type: EntityType, source: string): Mention[] {
  const out: Mention[] = [];
  for (const t of doc.tokens) {
    if (!tags.has(t.tag) || t.word.length < 2) continue;
    out.push({ type, text: t.word, start: t.start, end: t.end, source });
  }
  return out;
}
