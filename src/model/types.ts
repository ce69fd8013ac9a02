// The one document model every stage reads and writes. Data flows one way:
// read → normalise → articles/sentences → extractors → resolve → graph → export/query/web.
// All offsets are UTF-16 code-unit offsets (JavaScript string indexes), end exclusive.

/** A page file after reading and normalisation. */
export interface Page {
  /** Path as given on the command line (or found in a folder). */
  path: string;
  /** Base file name: the `doc` key of every output. */
  doc: string;
  /** Encoding detected when reading: 'utf8' | 'gb18030'. */
  encoding: string;
  /** Decoded original text (BOM removed, line endings as in the file). */
  raw: string;
  /** Normalised text: wrapped lines joined, spurious CJK spaces removed. */
  text: string;
  /** For each code unit of `text` (and one past the end), its offset in `raw`. */
  toRaw: Int32Array;
  /** sha256 of the file bytes (hex): incremental builds key on it. */
  hash: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A name credited at the article's end or under its headline. */
export interface Credit {
  name: string;
  kind: 'byline' | 'photo';
}

export interface Article {
  doc: string;
  /** Stable id: `<doc>#<index>`. */
  id: string;
  index: number;
  title: string;
  /** Reporters' names as written (padding spaces inside two-character names removed). */
  byline: string[];
  /** Bylines and photo credits with their kind. */
  credits: Credit[];
  /** Article body: headline first line, then paragraphs separated by '\n'. */
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  /** Offset of `text[0]` in the page's normalised text, so page.toRaw maps back to the file. */
  pageOffset: number;
}

export type EntityType = 'person' | 'place' | 'organisation' | 'programme';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organisation', 'programme'];

/** One surface occurrence found by an extractor, in article coordinates. */
export interface Mention extends Span {
  type: EntityType;
  /** Surface text exactly as in article.text[start, end). */
  text: string;
  /** Which extractor (and rule) produced it, for debugging and evidence. */
  source: string;
  /** Role/title stated next to a person (零陵区委书记). */
  role?: string;
  /** Masked names (魏某德) stay local to their article. */
  masked?: boolean;
  /** Canonical name the extractor already knows (gazetteer full name, expanded relative form). */
  canonical?: string;
  /** Gazetteer code for places, where known. */
  code?: string;
  /** Organisations: canonical name of the parent unit / the place stated in the name. */
  partOf?: string;
  locatedIn?: string;
}

/** An article with its segmentation, handed to every extractor. */
export interface AnalysedArticle {
  article: Article;
  /** jieba tokens (with part-of-speech tag) and their offsets into article.text. */
  tokens: Token[];
}

export interface Token extends Span {
  word: string;
  /** jieba POS tag: nr person, ns place, nt organisation, n noun, v verb, x unknown … */
  tag: string;
}

/** One resolved entity inside one page (the `extract --json` contract). */
export interface Entity {
  id: string; // `${type}:${canonical}`
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: number;
  role?: string;
  /** Places: gazetteer code and parent place id. */
  code?: string;
  parent?: string;
  /** Organisations: parent unit id and place id where the name states them. */
  partOf?: string;
  locatedIn?: string;
  masked?: boolean;
  /** Where the entity occurs: article id and span in that article's text. */
  occurrences: Array<{ article: string; sentence: number } & Span>;
}

/** Everything the graph needs from one page. */
export interface PageResult {
  doc: string;
  path: string;
  hash: string;
  articles: Article[];
  entities: Entity[];
}
