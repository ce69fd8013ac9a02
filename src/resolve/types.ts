import type { Article, Entity, EntityType, Mention } from '../model/types.ts';

/** A mention placed in its page: which article and which sentence it is in. */
export interface PageMention extends Mention {
  article: Article;
  sentence: number;
}

export interface PageContext {
  doc: string;
  articles: readonly Article[];
  /** Every mention of the page, all types, in reading order. */
  mentions: readonly PageMention[];
}

/**
 * Type-specific resolution rules (src/resolve/<type>.ts). The one resolver (src/resolve/index.ts)
 * calls them and alone decides ids and grouping.
 */
export interface TypeResolver {
  type: EntityType;
  /** Canonical name for each mention of this type (same order as given). */
  canonicalise(mentions: readonly PageMention[], page: PageContext): string[];
  /** Fill type-specific attributes on a finished entity (place code/parent, organisation parent/place). */
  decorate?(entity: Entity, mentions: readonly PageMention[], page: PageContext): void;
}
