import type { Article, Entity, EntityType, PageResult } from '../model/types.ts';
import { nodeKeysByArticle, organisationsInRole, personKeys, Votes, type Identity } from './entities.ts';
import { sharedFloat64, sharedInt32, sharedUint8 } from './arrays.ts';
import { EvidenceLists, evidenceTier, statesRelation, type ArticleTexts } from './evidence.ts';
import { chainOfCode, divisionCode, placeNamed } from './gazetteer.ts';
import { computeMetrics, type MetricOptions } from './metrics.ts';
import { PairTable } from './pairs.ts';
import { pinyinKey } from './pinyin.ts';
import { CREDITS, GraphStore, RELATION_KINDS, RELATION_ORIGINS, type TypedEdge, type TypedEdges } from './store.ts';
import { byKey, type ArticleSummary, type EdgeAttributes, type NewsGraph, type NodeAttributes, type PageSummary, type RelationKind } from './types.ts';

/** Co-occurrence weight: each shared sentence counts 1, each shared article 0.25 more. */
export const SENTENCE_WEIGHT = 1;
export const ARTICLE_WEIGHT = 0.25;
/** Two names in different sentences co-occur only when a run of fewer than this many sentences holds both. */
export const MAX_SPAN = 3;

export type BuildOptions = MetricOptions;

interface EntityAcc {
  /** The node's number in the pair table. */
  id: number;
  type: EntityType;
  name: string;
  masked: boolean;
  aliases: Set<string>;
  mentions: number;
  /**
   * Numbers of its articles (their place in the builder's article texts) and pages (docs), once per page
   * each: numbers, not a Set of id strings per node holding a copy of each id (the builder's heap over
   * 2,000 pages of 1000×: 198 → 178 MB). Two pages can give one doc name; build() reads them out as a set.
   */
  articles: number[];
  docs: number[];
  role: Votes;
  code: Votes;
  parent: Votes;
  identity?: Identity;
}

interface RelationAcc {
  /** Its list in the relations' evidence. */
  list: number;
  kind: RelationKind;
  from: string;
  to: string;
  origin: EdgeAttributes['source'];
  articles: Set<string>;
  credit?: 'byline' | 'photo';
}

/** Sentences of one article, their spans and whether they state a relation, computed on demand. */
class Sentences {
  /** Per sentence: 0 not looked at yet, 1 states no relation, 2 states one. */
  private states: Uint8Array;
  /** `index`: the article's place in the builder's article texts. */
  constructor(
    readonly article: Article,
    readonly index: number,
  ) {
    this.states = new Uint8Array(article.sentences.length);
  }
  span(from: number, to: number) {
    const s = this.article.sentences;
    return { start: s[from].start, end: s[to].end };
  }
  statesRelation(from: number, to = from): boolean {
    for (let i = from; i <= to; i++) {
      if (!this.states[i]) {
        const { start, end } = this.article.sentences[i];
        this.states[i] = statesRelation(this.article.text, start, end) ? 2 : 1;
      }
      if (this.states[i] === 2) return true;
    }
    return false;
  }
}

/**
 * A place with a gazetteer code is keyed by its official name, so 河北 on one page and 河北省 on
 * another are one node (the resolver names a place as its page does when the page never spells it out).
 */
function placeKey(e: Entity): string | undefined {
  // Towns and villages (9 and 12 digits) are below the chain's county level: their names are official already.
  if (e.type !== 'place' || !e.code || e.code.replace(/\D/g, '').length > 6) return undefined;
  const official = chainOfCode(e.code).at(-1);
  return official && divisionCode(e.code).length === official.code.length ? `place:${official.name}` : undefined;
}

const typeOfKey = (key: string) => key.slice(0, key.indexOf(':')) as EntityType;
const nameOfKey = (key: string) => key.slice(key.indexOf(':') + 1).split('@')[0];
const sortedSet = (s: Set<string>) => [...s].sort(byKey);
/** Numbered names (articles, docs) as a sorted set of the names. */
const sortedNames = (numbers: readonly number[], names: readonly string[]) => sortedSet(new Set(numbers.map((n) => names[n])));
/** Sorts a list of sentence numbers and drops repeats, in place (most lists arrive sorted already). */
function sortUnique(xs: number[]): void {
  let sorted = true;
  for (let i = 1; i < xs.length && sorted; i++) sorted = xs[i - 1] <= xs[i];
  if (!sorted) xs.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (!n || xs[i] !== xs[n - 1]) xs[n++] = xs[i];
  xs.length = n;
}

/**
 * Accumulates page results into the pieces of the graph; `build()` assembles them. Every tally is a
 * sum or a bounded best-of under a total order, so the graph does not depend on the order pages
 * arrive in (a worker pool may finish them in any order). A page seen before (same hash) is skipped.
 */
export class GraphBuilder {
  private hashes = new Set<string>();
  private pages: PageSummary[] = [];
  private articles = new Map<string, ArticleSummary>();
  /** Every article's text, which evidence is sliced from when the graph is written. */
  private texts: ArticleTexts = { id: [], doc: [], text: [] };
  private docs = new Map<string, number>();
  private entities = new Map<string, EntityAcc>();
  private pairs = new PairTable();
  private pairEvidence = new EvidenceLists(this.texts);
  private relations = new Map<string, RelationAcc>();
  private relationEvidence = new EvidenceLists(this.texts);
  private built = false;

  /** Adds one page; false when a page with the same content hash was already added. */
  add(result: PageResult): boolean {
    if (this.built) throw new Error('GraphBuilder.add() after build(); add pages to a new GraphBuilder');
    if (this.hashes.has(result.hash)) return false;
    checkPage(result); // before any tally changes: a bad page leaves the builder as it was
    this.hashes.add(result.hash);
    this.pages.push({ doc: result.doc, hash: result.hash, articles: result.articles.length });
    if (!this.docs.has(result.doc)) this.docs.set(result.doc, this.docs.size);
    const doc = this.docs.get(result.doc)!;
    // Each article's number: its place in the article texts, where the loop below puts it.
    const articleNumber = new Map(result.articles.map((a, i) => [a.id, this.texts.id.length + i]));
    for (const a of result.articles) this.articles.set(a.id, { doc: a.doc, title: a.title, byline: a.byline });

    // node key → its sentences (sorted, once each), per article
    const inArticle = new Map<string, Map<string, number[]>>(result.articles.map((a) => [a.id, new Map()]));
    const keysOf = new Map<Entity, Map<string, string>>();
    const credited = new Set(result.articles.flatMap((a) => a.credits.map((c) => c.name)));
    const personKey = personKeys(result, credited);
    for (const e of result.entities) {
      const person = e.type === 'person' && !e.masked ? personKey(e) : undefined;
      const keys = nodeKeysByArticle(e, person?.key ?? placeKey(e));
      keysOf.set(e, keys);
      for (const key of new Set(keys.values())) {
        const acc = this.entity(key);
        if (person) acc.identity = person.identity;
        acc.aliases.add(e.name); // the label itself is dropped at build
        for (const alias of e.aliases) acc.aliases.add(alias);
        if (acc.docs.at(-1) !== doc) acc.docs.push(doc);
        acc.role.add(e.role);
        acc.code.add(e.code);
        acc.parent.add(e.parent);
        acc.masked ||= !!e.masked;
      }
      // Occurrences come article by article: look the node and its sentence list up once per run.
      let article = '';
      let acc: EntityAcc | undefined;
      let list: number[] = [];
      for (const o of e.occurrences) {
        if (o.article !== article || !acc) {
          article = o.article;
          const key = keys.get(article)!;
          acc = this.entities.get(key)!;
          const nodes = inArticle.get(article)!;
          const known = nodes.get(key);
          if (known) list = known;
          else {
            nodes.set(key, (list = []));
            acc.articles.push(articleNumber.get(article)!); // the node's first run in this article
          }
        }
        acc.mentions++;
        list.push(o.sentence);
      }
    }
    for (const nodes of inArticle.values()) for (const list of nodes.values()) sortUnique(list);

    // The page's entities named in each article, in the page's order.
    const named = new Map<string, Entity[]>(result.articles.map((a) => [a.id, []]));
    for (const e of result.entities) for (const article of keysOf.get(e)!.keys()) named.get(article)?.push(e);

    for (const article of result.articles) {
      const sentences = new Sentences(article, this.texts.id.length);
      this.texts.id.push(article.id);
      this.texts.doc.push(article.doc);
      this.texts.text.push(article.text);
      const nodes = inArticle.get(article.id)!;
      this.cooccurrences(sentences, nodes, doc);
      this.statedRelations(named.get(article.id)!, sentences, nodes, keysOf);
      this.credits(doc, sentences);
    }
    return true;
  }

  private entity(key: string): EntityAcc {
    let acc = this.entities.get(key);
    if (!acc) {
      acc = {
        id: this.entities.size,
        type: typeOfKey(key),
        name: nameOfKey(key),
        masked: false,
        aliases: new Set(),
        mentions: 0,
        articles: [],
        docs: [],
        role: new Votes(),
        code: new Votes(),
        parent: new Votes(),
      };
      this.entities.set(key, acc);
    }
    return acc;
  }

  private relation(kind: RelationKind, from: string, to: string, origin: RelationAcc['origin']): RelationAcc {
    const key = `${kind}:${from}|${to}`;
    let acc = this.relations.get(key);
    if (!acc) {
      acc = { list: this.relations.size, kind, from, to, origin, articles: new Set() };
      this.relations.set(key, acc);
    }
    return acc;
  }

  /**
   * Pairs of nodes that share a sentence, or stand within a run of MAX_SPAN sentences (the nearest
   * run is their evidence). Names that only share an article make no edge: in long articles that is
   * every pair of ~60 names, three edges in four, none with a sentence to show; shared articles stay
   * answerable from the nodes' `articles`.
   */
  private cooccurrences(sentences: Sentences, nodes: Map<string, number[]>, doc: number) {
    const keys = [...nodes.keys()];
    const ids = keys.map((k) => this.entities.get(k)!.id);
    const at = keys.map((k) => nodes.get(k)!);
    const { article, index } = sentences;
    // Reused for every pair: an article's pairs are its names squared, so the loop allocates nothing per pair.
    const shared: number[] = [];
    const span: [number, number] = [0, 0];
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const n = common(at[i], at[j], shared);
        if (n) span[0] = span[1] = shared[0];
        else nearest(at[i], at[j], span);
        const from = span[0];
        const to = span[1];
        if (to - from >= MAX_SPAN) continue; // names far apart: no sentence links them
        const pair = this.pairs.index(ids[i], ids[j]);
        this.pairs.articles[pair]++;
        this.pairs.sentences[pair] += n;
        this.pairs.addDoc(pair, doc);
        for (let k = 0; k < n; k++) {
          const s = article.sentences[shared[k]];
          this.pairEvidence.offer(pair, evidenceTier(true, sentences.statesRelation(shared[k])), index, s.start, s.end);
        }
        if (!n) {
          this.pairEvidence.offer(pair, evidenceTier(false, sentences.statesRelation(from, to)), index, article.sentences[from].start, article.sentences[to].end);
        }
      }
    }
  }

  /**
   * Relations the text states through names and roles: organisation part_of / located_in (from the
   * resolver), person holds_role_at an organisation named inside the person's role.
   */
  private statedRelations(here: readonly Entity[], sentences: Sentences, nodes: Map<string, number[]>, keysOf: Map<Entity, Map<string, string>>) {
    const { article } = sentences;
    const orgs = here.filter((e) => e.type === 'organisation');
    const link = (kind: RelationKind, e: Entity, to: string, toSentences: number[]) => {
      const from = keysOf.get(e)!.get(article.id)!;
      const rel = this.relation(kind, from, to, 'text');
      rel.articles.add(article.id);
      for (const s of nodes.get(from)!) {
        const { start, end } = sentences.span(s, s);
        this.relationEvidence.offer(rel.list, evidenceTier(toSentences.includes(s), sentences.statesRelation(s)), sentences.index, start, end);
      }
    };
    for (const e of here) {
      if (e.type === 'organisation') {
        if (e.partOf) link('part_of', e, e.partOf, nodes.get(e.partOf) ?? []);
        if (e.locatedIn) link('located_in', e, e.locatedIn, nodes.get(e.locatedIn) ?? []);
      }
      if (e.type === 'person' && e.role) {
        for (const org of organisationsInRole(e.role, orgs)) link('holds_role_at', e, org.id, nodes.get(org.id) ?? []);
      }
    }
  }

  /** Bylines and photo credits: person `reported` article. A credit names a person of the page or a new one. */
  private credits(doc: number, { article, index }: Sentences) {
    for (const credit of article.credits) {
      if (!credit.name.trim()) continue;
      // Credited names key as `person:<name>` (personKeys), whether or not the text names them too.
      const person = `person:${credit.name}`;
      const acc = this.entity(person);
      if (acc.docs.at(-1) !== doc) acc.docs.push(doc);
      const rel = this.relation('reported', person, `article:${article.id}`, 'byline');
      rel.articles.add(article.id);
      rel.credit = rel.credit === 'byline' || credit.kind === 'byline' ? 'byline' : 'photo';
      if (article.sentences.length && article.text.startsWith(article.title)) {
        const { start, end } = article.sentences[0];
        this.relationEvidence.offer(rel.list, 0, index, start, end);
      }
    }
  }

  /** The graph as graphology holds it (see buildStore). */
  build(options: BuildOptions = {}): NewsGraph {
    return this.buildStore(options).toGraph();
  }

  /**
   * Assembles the graph: nodes and edges in key order, gazetteer chains, metrics and layout, as a
   * GraphStore (co-occurrence edges stay columns, so a large graph is written without graphology).
   * Consumes the builder (its tallies move into the graph), so call it once.
   */
  buildStore(options: BuildOptions = {}): GraphStore {
    if (this.built) throw new Error('GraphBuilder.build() was already called; add pages to a new GraphBuilder');
    this.built = true;
    // Targets no page mentions (a parent unit, the place in a name) still become nodes.
    for (const rel of this.relations.values()) if (!rel.to.startsWith('article:')) this.entity(rel.to);
    const places = this.placeChains();
    const attributes = {
      generator: 'newsgraph' as const,
      pages: [...this.pages].sort((a, b) => byKey(a.doc, b.doc) || byKey(a.hash, b.hash)),
      articles: Object.fromEntries([...this.articles].sort(([a], [b]) => byKey(a, b))),
    };

    const keys = [...this.entities.keys()].sort(byKey);
    const docNames = [...this.docs.keys()];
    const nodes: NodeAttributes[] = [];
    // Entity number (the pair table's) → position in the sorted nodes, and back.
    const position = new Int32Array(keys.length);
    const numberAt = new Int32Array(keys.length);
    keys.forEach((key, i) => {
      const acc = this.entities.get(key)!;
      position[acc.id] = i;
      numberAt[i] = acc.id;
      const attrs: NodeAttributes = {
        label: acc.name,
        type: acc.type,
        aliases: sortedSet(acc.aliases).filter((a) => a !== acc.name),
        mentions: acc.mentions,
        articles: sortedNames(acc.articles, this.texts.id),
        docs: sortedNames(acc.docs, docNames),
        pinyin: pinyinKey(acc.name),
        ...blankMetrics(),
      };
      const role = acc.role.winner();
      if (role) attrs.role = role;
      const place = places.get(key);
      if (place?.code) attrs.code = place.code;
      if (place?.parent) attrs.parent = place.parent;
      if (place?.path.length) attrs.path = place.path;
      if (acc.masked) attrs.masked = true;
      if (acc.identity) attrs.identity = acc.identity;
      nodes.push(attrs);
    });
    for (const [id, a] of [...this.articles].sort(([x], [y]) => byKey(x, y))) {
      keys.push(`article:${id}`);
      nodes.push({ label: a.title, type: 'article', aliases: [], mentions: 0, articles: [id], docs: [a.doc], pinyin: pinyinKey(a.title), ...blankMetrics() });
    }

    // Relations with their evidence list (-1: none), in key order.
    const typed: Array<TypedEdge & { list: number }> = [];
    for (const [key, { parent }] of places) {
      if (parent) typed.push({ key: `within:${key}|${parent}`, source: key, target: parent, attributes: { kind: 'within', weight: 1, source: 'gazetteer' }, list: -1 });
    }
    for (const [key, rel] of this.relations) {
      const attributes: TypedEdge['attributes'] = { kind: rel.kind, weight: rel.articles.size, source: rel.origin };
      if (rel.credit) attributes.credit = rel.credit;
      if (rel.from !== rel.to) typed.push({ key, source: rel.from, target: rel.to, attributes, list: rel.list });
    }
    typed.sort((a, b) => byKey(a.key, b.key));
    const typedEvidence = this.relationEvidence.flatten(Int32Array.from(typed, (e) => e.list));
    const relations = typedColumns(typed, keys);

    // Everything else is in the nodes now: release the tallies before the edges and metrics need memory.
    this.entities.clear();
    this.relations.clear();
    this.articles.clear();
    const co = this.cooccurrenceEdges(position, numberAt, nodes);
    const store = new GraphStore({
      attributes,
      keys,
      nodes,
      co,
      typed: relations,
      typedEvidence,
      articles: this.texts,
      docNames: [...this.docs.keys()],
    });
    computeMetrics(store, options);
    return store;
  }

  /**
   * The pairs as columns in key order of their ends. Pairs are sorted by one number per pair
   * (lower position · n + higher position), so millions of them sort without a comparator.
   */
  private cooccurrenceEdges(position: Int32Array, numberAt: Int32Array, nodes: NodeAttributes[]) {
    const { pairs } = this;
    const n = position.length;
    const order = new Float64Array(pairs.size);
    for (let p = 0; p < pairs.size; p++) {
      const x = position[pairs.a[p]];
      const y = position[pairs.b[p]];
      order[p] = Math.min(x, y) * n + Math.max(x, y);
    }
    order.sort();
    const m = pairs.size;
    // In shared memory: the threads writing the outputs read them without a copy.
    const co = {
      source: sharedInt32(m),
      target: sharedInt32(m),
      sentences: sharedInt32(m),
      articles: sharedInt32(m),
      weight: sharedFloat64(m),
      dice: sharedFloat64(m),
    };
    const pairOf = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const lo = Math.floor(order[i] / n);
      const hi = order[i] - lo * n;
      const p = pairs.index(numberAt[lo], numberAt[hi]);
      pairOf[i] = p;
      co.source[i] = lo;
      co.target[i] = hi;
      co.sentences[i] = pairs.sentences[p];
      co.articles[i] = pairs.articles[p];
      co.weight[i] = pairs.sentences[p] * SENTENCE_WEIGHT + pairs.articles[p] * ARTICLE_WEIGHT;
      co.dice[i] = round((2 * pairs.articles[p]) / (nodes[lo].articles.length + nodes[hi].articles.length), 4);
    }
    // Pages in key order: page numbers were given in order of first sight, so rank them by name once.
    const names = [...this.docs.keys()];
    const rank = new Int32Array(names.length);
    names.map((_, d) => d).sort((a, b) => byKey(names[a], names[b])).forEach((d, r) => (rank[d] = r));
    const docStart = sharedInt32(m + 1);
    const docs: number[] = [];
    for (let i = 0; i < m; i++) {
      for (const d of pairs.docsOf(pairOf[i]).sort((a, b) => rank[a] - rank[b])) docs.push(d);
      docStart[i + 1] = docs.length;
    }
    const evidence = this.pairEvidence.flatten(pairOf);
    this.pairs = new PairTable(); // the columns hold it all now
    this.pairEvidence = new EvidenceLists(this.texts);
    const docList = sharedInt32(docs.length);
    docList.set(docs);
    return { ...co, evidence, docStart, docs: docList };
  }

  /**
   * Code, parent and path of every place, walking up the gazetteer from stated codes and parents;
   * parents that no page mentions become nodes (with no mentions) so the chain is complete.
   */
  private placeChains(): Map<string, { code?: string; parent?: string; path: string[] }> {
    const out = new Map<string, { code?: string; parent?: string; path: string[] }>();
    const pending = [...this.entities.keys()].filter((k) => this.entities.get(k)!.type === 'place');
    while (pending.length) {
      const key = pending.pop()!;
      if (out.has(key)) continue;
      const acc = this.entity(key);
      const code = acc.code.winner() ?? placeNamed(acc.name)?.code;
      const chain = code ? chainOfCode(code) : [];
      const fromChain = chain.length > 1 ? `place:${chain[chain.length - 2].name}` : undefined;
      const stated = acc.parent.winner();
      const parent = stated?.startsWith('place:') ? stated : fromChain;
      out.set(key, { code, parent: parent !== key ? parent : undefined, path: chain.map((p) => p.name) });
      if (parent && parent !== key && !out.has(parent)) pending.push(parent);
    }
    // Places the gazetteer does not know (towns, communities) take their parent's path.
    const pathOf = (key: string, seen: Set<string>): string[] => {
      const place = out.get(key);
      if (!place) return [];
      if (place.path.length || !place.parent || seen.has(key)) return place.path;
      seen.add(key);
      place.path = [...pathOf(place.parent, seen), this.entities.get(key)!.name];
      return place.path;
    };
    for (const key of out.keys()) pathOf(key, new Set());
    return out;
  }
}

/** Throws, naming the page and the entity, when an occurrence points outside the page's articles. */
export function checkPage(result: PageResult): void {
  const sentences = new Map(result.articles.map((a) => [a.id, a.sentences.length]));
  for (const e of result.entities) {
    for (const o of e.occurrences) {
      const n = sentences.get(o.article);
      if (n === undefined) throw new Error(`${result.doc}: entity ${e.id} occurs in unknown article ${o.article}`);
      if (!(o.sentence >= 0 && o.sentence < n)) throw new Error(`${result.doc}: entity ${e.id} occurs in sentence ${o.sentence} of ${o.article}, which has ${n}`);
    }
  }
}

/** The closest pair of sentence indexes, one from each sorted list (earliest on ties), as [from, to] (in `out`). */
export function nearest(a: readonly number[], b: readonly number[], out: [number, number] = [0, 0]): [number, number] {
  let from = Math.min(a[0], b[0]);
  let to = Math.max(a[0], b[0]);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.min(a[i], b[j]);
    const hi = Math.max(a[i], b[j]);
    if (hi - lo < to - from || (hi - lo === to - from && lo < from)) {
      from = lo;
      to = hi;
    }
    if (a[i] < b[j]) i++;
    else j++;
  }
  out[0] = from;
  out[1] = to;
  return out;
}

/**
 * The numbers in both of two ascending lists, by merging them (this runs for every pair of names in an
 * article): written to out[0 … n), n returned.
 */
export function common(a: readonly number[], b: readonly number[], out: number[]): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      out[n++] = a[i];
      i++;
      j++;
    }
  }
  return n;
}

/** The relations, sorted, as shared columns of node positions and codes (see TypedEdges). */
function typedColumns(typed: readonly TypedEdge[], keys: readonly string[]): TypedEdges {
  const position = new Map(keys.map((k, i) => [k, i]));
  const at = (key: string) => {
    const i = position.get(key);
    if (i === undefined) throw new Error(`relation end ${key} is not a node (GraphBuilder makes a node for every end)`);
    return i;
  };
  const n = typed.length;
  const out: TypedEdges = { source: sharedInt32(n), target: sharedInt32(n), kind: sharedUint8(n), weight: sharedFloat64(n), origin: sharedUint8(n), credit: sharedUint8(n) };
  const code = <T>(list: readonly T[], value: T, what: string) => {
    const c = list.indexOf(value);
    if (c < 0) throw new Error(`relation ${what} ${String(value)} has no code; add it to the list in src/graph/store.ts`);
    return c;
  };
  typed.forEach((e, i) => {
    out.source[i] = at(e.source);
    out.target[i] = at(e.target);
    out.kind[i] = code(RELATION_KINDS, e.attributes.kind as RelationKind, 'kind');
    out.weight[i] = e.attributes.weight;
    out.origin[i] = code(RELATION_ORIGINS, e.attributes.source, 'origin');
    out.credit[i] = code(CREDITS, e.attributes.credit, 'credit');
  });
  return out;
}

function blankMetrics() {
  return { degree: 0, weightedDegree: 0, pagerank: 0, community: 0, x: 0, y: 0, size: 1, color: '#999999' };
}

export const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The pure entry point: page results in, graph out. */
export function buildGraph(results: Iterable<PageResult>, options: BuildOptions = {}): NewsGraph {
  const builder = new GraphBuilder();
  for (const r of results) builder.add(r);
  return builder.build(options);
}
