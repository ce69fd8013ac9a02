import { UndirectedGraph } from 'graphology';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import { buildGraph, common, GraphBuilder, nearest } from '../src/graph/build.ts';
import { organisationsInRole } from '../src/graph/entities.ts';
import { addPages } from '../src/graph/corpus.ts';
import { MAX_EVIDENCE } from '../src/graph/evidence.ts';
import { pinyinKey } from '../src/graph/pinyin.ts';
import { summarise } from '../src/graph/summary.ts';
import { chainOfCode, divisionCode } from '../src/graph/gazetteer.ts';
import { edgesCsv, nodesCsv } from '../src/export/csv.ts';
import { graphGexf } from '../src/export/gexf.ts';
import { graphGraphml } from '../src/export/graphml.ts';
import { graphJson } from '../src/export/json.ts';
import type { Entity, Page, PageResult } from '../src/model/types.ts';
import { loadFixtures } from './fixtures/graph/load.ts';

const results = loadFixtures();
const graph = buildGraph(results);
const text = (g: ReturnType<typeof buildGraph>) => [...graphJson(g)].join('');

describe('buildGraph: nodes', () => {
  it('merges an entity across pages and keeps its role, aliases and pinyin', () => {
    const police = graph.getNodeAttributes('organisation:零陵公安分局');
    expect(police.docs).toEqual(['000_2da82a6f435e105f.txt', '003_318566546281f657.txt']);
    expect(police.aliases).toEqual(['零陵公安', '零陵分局']);
    expect(police.mentions).toBe(4);
    const zhao = graph.getNodeAttributes('person:赵立平@零陵区委');
    expect(zhao.role).toBe('零陵区委书记');
    expect(zhao.pinyin).toBe('zhaoliping zlp');
  });
  it('gives places their gazetteer path and creates unmentioned parents up to the province', () => {
    expect(graph.getNodeAttributes('place:零陵区')).toMatchObject({ code: '431102', parent: 'place:永州市', path: ['湖南省', '永州市', '零陵区'] });
    expect(graph.getNodeAttributes('place:麻元社区').path).toEqual(['湖南省', '永州市', '零陵区', '麻元社区']);
    // 双牌县 is only named as the place of 双牌县公安局
    expect(graph.getNodeAttributes('place:双牌县')).toMatchObject({ mentions: 0, parent: 'place:永州市', code: '431123' });
    expect(graph.hasNode('place:湖南省')).toBe(true);
    expect(graph.hasEdge('within:place:永州市|place:湖南省')).toBe(true);
  });
  it('makes every article a node with its headline as label', () => {
    expect(graph.getNodeAttributes('article:003_318566546281f657.txt#0')).toMatchObject({ type: 'article', label: '零陵区捣毁一处非法屠宰窝点' });
  });
});

describe('buildGraph: co-occurrence', () => {
  it('counts sentences and articles, weighs them and scores Dice over article sets', () => {
    const e = graph.getEdgeAttributes('co:organisation:零陵区委|person:赵立平@零陵区委');
    expect(e).toMatchObject({ kind: 'cooccurrence', sentences: 1, articles: 1, weight: 1.25, dice: 1 });
    expect(e.evidence[0].text).toContain('零陵区委书记赵立平');
    // 三长制 is in 2 articles, 桂东县 in 1, together in 1: 2·1/(2+1)
    expect(graph.getEdgeAttribute('co:place:桂东县|programme:三长制', 'dice')).toBe(0.6667);
  });
  it('keeps evidence offsets that point at the sentence in the article', () => {
    graph.forEachEdge((_k, a) => {
      for (const ev of a.evidence) {
        const article = results.flatMap((r) => r.articles).find((x) => x.id === ev.article)!;
        expect(article.text.slice(ev.start, ev.end)).toBe(ev.text);
      }
    });
  });
  it('keeps at most five evidence items, relation-stating and shorter sentences first', () => {
    const page = twoNamesPage([
      '赵立平和零陵区委的同志们一起走访了很多很多很多很多的群众。',
      '赵立平到零陵区委。',
      '零陵区委书记赵立平主持会议。',
      '赵立平、零陵区委。',
      '赵立平与零陵区委的干部交流，大家说了很多很多的话。',
      '赵立平又见零陵区委。',
      '赵立平再见零陵区委的人。',
    ]);
    const ev = buildGraph([page]).getEdgeAttribute('co:organisation:零陵区委|person:赵立平@p.txt', 'evidence');
    expect(ev).toHaveLength(MAX_EVIDENCE);
    expect(ev[0].text).toBe('零陵区委书记赵立平主持会议。');
    expect(ev.map((x) => x.text)).not.toContain('赵立平与零陵区委的干部交流，大家说了很多很多的话。');
  });
});

describe('buildGraph: typed relations', () => {
  it('adds part_of, located_in and holds_role_at from the resolved entities', () => {
    expect(graph.getEdgeAttributes('part_of:organisation:徐家井派出所|organisation:零陵公安分局')).toMatchObject({ kind: 'part_of', source: 'text' });
    expect(graph.getEdgeAttribute('located_in:organisation:零陵公安分局|place:零陵区', 'weight')).toBe(2);
    const role = graph.getEdgeAttributes('holds_role_at:person:赵立平@零陵区委|organisation:零陵区委');
    expect(role.evidence[0].text).toContain('零陵区委书记赵立平');
    expect(graph.isDirected('holds_role_at:person:赵立平@零陵区委|organisation:零陵区委')).toBe(true);
  });
  it('links a byline to every article the reporter signed, across pages', () => {
    expect(graph.outNeighbors('person:单建华').sort()).toEqual(['article:000_2da82a6f435e105f.txt#0', 'article:003_318566546281f657.txt#0']);
    expect(graph.getEdgeAttributes('reported:person:单建华|article:003_318566546281f657.txt#0')).toMatchObject({ source: 'byline', credit: 'byline' });
    expect(graph.getEdgeAttribute('reported:person:刘洁|article:001_dddf51ff3723c7fd.txt#0', 'credit')).toBe('photo');
  });
  it('finds the organisation named inside a role, the longest name only', () => {
    const org = (name: string, aliases: string[] = []) => ({ id: `organisation:${name}`, name, aliases }) as unknown as Entity;
    expect(organisationsInRole('零陵区委书记', [org('零陵区委'), org('区委'), org('永州市公安局')]).map((o) => o.name)).toEqual(['零陵区委']);
    expect(organisationsInRole('零陵分局局长', [org('零陵公安分局', ['零陵分局'])]).map((o) => o.name)).toEqual(['零陵公安分局']);
  });
});

describe('buildGraph: masked people', () => {
  it('keeps each masked name in its own article, never linking two articles', () => {
    expect(graph.hasNode('person:魏某德@000_2da82a6f435e105f.txt#1')).toBe(true);
    expect(graph.hasNode('person:魏某德@001_dddf51ff3723c7fd.txt#0')).toBe(true);
    graph.forEachNode((key, a) => {
      if (!a.masked) return;
      expect(a.articles).toHaveLength(1);
      graph.forEachEdge(key, (_e, attrs, s, t) => {
        const other = s === key ? t : s;
        expect(graph.getNodeAttribute(other, 'articles')).toContain(a.articles[0]);
        for (const ev of attrs.evidence) expect(ev.article).toBe(a.articles[0]);
      });
    });
  });
  it('splits a masked entity that a resolver gave one id across two articles', () => {
    const page = twoNamesPage(['魏某德来到零陵区委。']);
    const second = { ...page.articles[0], id: 'p.txt#1', index: 1 };
    const masked: Entity = {
      id: 'person:魏某德', type: 'person', name: '魏某德', aliases: [], mentions: 2, masked: true,
      occurrences: [{ article: 'p.txt#0', sentence: 1, start: 11, end: 14 }, { article: 'p.txt#1', sentence: 1, start: 11, end: 14 }],
    };
    const g = buildGraph([{ ...page, articles: [page.articles[0], second], entities: [masked] }]);
    expect(g.filterNodes((_k, a) => a.type === 'person').sort()).toEqual(['person:魏某德@p.txt#0', 'person:魏某德@p.txt#1']);
  });
});

describe('buildGraph: determinism and duplicates', () => {
  it('gives byte-identical output whatever the page order', () => {
    expect(text(buildGraph([...results].reverse()))).toBe(text(graph));
  });
  it('counts a page given twice once', () => {
    const twice = buildGraph([...results, results[0]]);
    expect(text(twice)).toBe(text(graph));
  });
  it('lists an article and a page once per node when two pages share a doc name (same file name, other folders)', () => {
    // The same name for other content: its articles have the same ids, and another page comes between.
    const [first, other] = [results[0], results.find((r) => r.doc.startsWith('003_'))!]; // both name 零陵公安分局
    const namesake: PageResult = { ...first, hash: 'f'.repeat(64) };
    const [twice, once] = [buildGraph([first, other, namesake]), buildGraph([first, other])];
    const node = twice.getNodeAttributes('organisation:零陵公安分局');
    expect(node.docs).toEqual([first.doc, other.doc]);
    expect(node.articles).toEqual(once.getNodeAttributes('organisation:零陵公安分局').articles);
    expect(new Set(node.articles).size).toBe(node.articles.length);
    // A stated relation weighs the articles stating it, each id once.
    const typed = once.filterEdges((_, a) => a.kind !== 'cooccurrence');
    expect(typed.length).toBeGreaterThan(10);
    for (const key of typed) expect([key, twice.getEdgeAttribute(key, 'weight')]).toEqual([key, once.getEdgeAttribute(key, 'weight')]);
  });
  it('writes the same files from the compact store as from the graphology graph', () => {
    const builder = new GraphBuilder();
    for (const r of results) builder.add(r);
    const store = builder.buildStore();
    for (const write of [graphJson, graphGexf, graphGraphml, edgesCsv, nodesCsv]) expect([...write(store)].join('')).toBe([...write(graph)].join(''));
    expect([store.order, store.size]).toEqual([graph.order, graph.size]);
  });
});

describe('helpers', () => {
  it('summarise counts a store from its columns as it counts the same graph in graphology', () => {
    const builder = new GraphBuilder();
    for (const r of results) builder.add(r);
    const store = builder.buildStore();
    const counted = summarise(store);
    expect(counted).toEqual(summarise(store.toGraph()));
    expect(counted.edges.cooccurrence).toBe(graph.filterEdges((_, a) => a.kind === 'cooccurrence').length);
    expect(counted.edges.within).toBeGreaterThan(0);
  });
  it('nearest finds the closest sentence pair', () => {
    expect(nearest([0, 9], [4, 8])).toEqual([8, 9]);
    expect(nearest([3], [1])).toEqual([1, 3]);
    expect(nearest([1, 6], [3, 8])).toEqual([1, 3]); // ties: the earliest pair
  });
  it('common lists the sentences two sorted lists share', () => {
    const out = [7, 7, 7];
    expect(common([0, 2, 5, 9], [1, 2, 3, 9, 12], out)).toBe(2);
    expect(out.slice(0, 2)).toEqual([2, 9]);
    expect(common([4], [1, 2], out)).toBe(0);
    expect(common([], [1], out)).toBe(0);
  });
  it('pinyinKey gives full pinyin and initials, digits kept', () => {
    expect(pinyinKey('守护潇湘2024')).toBe('shouhuxiaoxiang2024 shxx2024');
  });
  it('the gazetteer maps statistical codes to its own levels', () => {
    expect(divisionCode('431100')).toBe('4311');
    expect(chainOfCode('431102').map((p) => p.name)).toEqual(['湖南省', '永州市', '零陵区']);
  });
});

/** One page, one article: the headline, then each given sentence; 赵立平 and 零陵区委 found in each. */
function twoNamesPage(sentences: string[]): PageResult {
  const title = '标题';
  const text = [title, ...sentences].join('\n');
  const spans: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const s of [title, ...sentences]) {
    spans.push({ start: at, end: at + s.length });
    at += s.length + 1;
  }
  const occ = (name: string) =>
    sentences.map((s, i) => ({ article: 'p.txt#0', sentence: i + 1, start: spans[i + 1].start + s.indexOf(name), end: spans[i + 1].start + s.indexOf(name) + name.length }));
  const entity = (id: string, name: string): Entity => ({ id, type: id.split(':')[0] as Entity['type'], name, aliases: [], mentions: sentences.length, occurrences: occ(name) });
  return {
    doc: 'p.txt', path: 'p.txt', hash: 'h',
    articles: [{ doc: 'p.txt', id: 'p.txt#0', index: 0, title, byline: [], credits: [], text, paragraphs: spans.slice(1), sentences: spans, pageOffset: 0 }],
    entities: [entity('person:赵立平', '赵立平'), entity('organisation:零陵区委', '零陵区委')],
  };
}

describe('addPages', () => {
  it('reports pages the pipeline fails on, returns broken or finds unreadable, and keeps the others', async () => {
    const [good, other] = results;
    const broken: PageResult = { ...other, entities: [{ ...other.entities[0], occurrences: [{ article: 'nope#9', sentence: 0, start: 0, end: 1 }] }] };
    const page = (doc: string, hash: string) => ({ doc, hash, path: doc }) as unknown as Page;
    async function* pages() {
      yield page(good.doc, good.hash);
      yield page('crash.txt', 'c');
      yield page('blank.txt', 'b');
      yield page('crash-copy.txt', 'c'); // a copy of a failed page is tried again, not counted as a duplicate
      yield page(other.doc, other.hash);
      yield page(good.doc, good.hash);
    }
    const byHash: Record<string, PageResult> = { [good.hash]: good, [other.hash]: broken };
    const bad: string[] = [];
    const builder = new GraphBuilder();
    const stats = await addPages(builder, pages(), {
      process: (p) => {
        if (p.hash === 'b') return { path: p.path, doc: p.doc, reason: 'file has no text' };
        if (!byHash[p.hash]) throw new Error('extractor blew up');
        return byHash[p.hash];
      },
      onBadPage: (e) => bad.push(`${e.doc}: ${e.reason}`),
    });
    expect(stats).toEqual({ pages: 1, processed: 1, reused: 0, duplicates: 1, bad: 4 });
    expect(bad).toEqual([
      'crash.txt: the pipeline failed on this page: extractor blew up',
      'blank.txt: file has no text',
      'crash-copy.txt: the pipeline failed on this page: extractor blew up',
      `${other.doc}: the pipeline failed on this page: ${other.doc}: entity ${other.entities[0].id} occurs in unknown article nope#9`,
    ]);
    expect(text(builder.build())).toBe(text(buildGraph([good])));
  });
});

describe('metrics', () => {
  it('pagerank over co-occurrence edges agrees with graphology-metrics on the same subgraph', () => {
    const co = new UndirectedGraph<{}, { weight: number }>();
    graph.forEachNode((key, a) => {
      if (a.type !== 'article') co.addNode(key);
    });
    graph.forEachEdge((_e, a, s, t) => {
      if (a.kind === 'cooccurrence') co.addEdge(s, t, { weight: a.weight });
    });
    const expected = graphologyPagerank(co, { getEdgeWeight: 'weight', tolerance: 1e-12, maxIterations: 1000 });
    co.forEachNode((key) => expect(graph.getNodeAttribute(key, 'pagerank')).toBeCloseTo(expected[key], 5));
    expect(graph.getNodeAttribute('article:000_2da82a6f435e105f.txt#0', 'pagerank')).toBe(0);
  });
  it('degree and weightedDegree count co-occurrence edges only', () => {
    const zhao = graph.getNodeAttributes('person:赵立平@零陵区委');
    const co = graph.filterEdges('person:赵立平@零陵区委', (_e, a) => a.kind === 'cooccurrence');
    expect(zhao.degree).toBe(co.length);
    expect(zhao.weightedDegree).toBe(co.reduce((sum, e) => sum + graph.getEdgeAttribute(e, 'weight'), 0));
  });
});

describe('person identity across pages', () => {
  /** One page, one article naming `person` next to `place` (with a gazetteer code); `credit` adds a byline. */
  function page(doc: string, person: string, place: [string, string], credit?: string): PageResult {
    const text = `标题\n${place[0]}的${person}说。`;
    const article = {
      doc, id: `${doc}#0`, index: 0, title: '标题', byline: credit ? [credit] : [], credits: credit ? [{ name: credit, kind: 'byline' as const }] : [],
      text, paragraphs: [{ start: 3, end: text.length }], sentences: [{ start: 0, end: 2 }, { start: 3, end: text.length }], pageOffset: 0,
    };
    const occ = (name: string) => [{ article: article.id, sentence: 1, start: text.indexOf(name), end: text.indexOf(name) + name.length }];
    return {
      doc, path: doc, hash: doc, articles: [article],
      entities: [
        { id: `person:${person}`, type: 'person', name: person, aliases: [], mentions: 1, occurrences: occ(person) },
        { id: `place:${place[0]}`, type: 'place', name: place[0], aliases: [], mentions: 1, code: place[1], occurrences: occ(place[0]) },
      ],
    };
  }

  it('keys a place with a gazetteer code by its official name, whatever form the page used', () => {
    const g = buildGraph([page('a.txt', '张伟', ['河北', '13']), page('b.txt', '李强', ['河北省', '13'])]);
    expect(g.filterNodes((_, a) => a.type === 'place')).toEqual(['place:河北省']);
    expect(g.getNodeAttribute('place:河北省', 'aliases')).toEqual(['河北']);
    const town = buildGraph([page('a.txt', '张伟', ['南津渡街道', '431102002']), page('b.txt', '李强', ['零陵区', '431102'])]);
    expect(town.filterNodes((_, a) => a.type === 'place').sort()).toEqual(expect.arrayContaining(['place:南津渡街道', 'place:零陵区']));
  });

  it('keeps the same name apart in different counties and says why it joined the rest', () => {
    const g = buildGraph([
      page('a.txt', '张伟', ['零陵区', '431102']),
      page('b.txt', '张伟', ['祁阳市', '431181']),
      page('c.txt', '张伟', ['零陵区', '431102']),
      page('d.txt', '刘志军', ['零陵区', '431102'], '刘志军'),
      page('e.txt', '刘志军', ['祁阳市', '431181'], '刘志军'),
    ]);
    const people = g.filterNodes((_, a) => a.type === 'person').sort();
    expect(people).toEqual(['person:刘志军', 'person:张伟@祁阳市', 'person:张伟@零陵区']);
    expect(g.getNodeAttribute('person:张伟@零陵区', 'docs')).toEqual(['a.txt', 'c.txt']);
    expect(g.getNodeAttribute('person:张伟@零陵区', 'identity')).toBe('place');
    expect(g.getNodeAttribute('person:刘志军', 'identity')).toBe('byline');
    expect(g.getNodeAttribute('person:刘志军', 'label')).toBe('刘志军');
  });
});

describe('co-occurrence window', () => {
  /** One article of `sentences`; 赵立平 and 零陵区委 occur where the sentence names them. */
  function page(sentences: string[]): PageResult {
    const text = sentences.join('');
    const spans: Array<{ start: number; end: number }> = [];
    for (const s of sentences) spans.push({ start: spans.at(-1)?.end ?? 0, end: (spans.at(-1)?.end ?? 0) + s.length });
    const entity = (id: string, name: string): Entity => {
      const occurrences = sentences.flatMap((s, i) => (s.includes(name) ? [{ article: 'p.txt#0', sentence: i, start: spans[i].start + s.indexOf(name), end: spans[i].start + s.indexOf(name) + name.length }] : []));
      return { id, type: id.split(':')[0] as Entity['type'], name, aliases: [], mentions: occurrences.length, occurrences };
    };
    return {
      doc: 'p.txt', path: 'p.txt', hash: 'h',
      articles: [{ doc: 'p.txt', id: 'p.txt#0', index: 0, title: '', byline: [], credits: [], text, paragraphs: spans, sentences: spans, pageOffset: 0 }],
      entities: [entity('person:赵立平', '赵立平'), entity('organisation:零陵区委', '零陵区委')],
    };
  }
  const edge = 'co:organisation:零陵区委|person:赵立平@p.txt';

  it('links names in one sentence or a short run, not names that only share a long article', () => {
    const filler = Array.from({ length: 6 }, (_, i) => `第${i}句没有名字。`);
    expect(buildGraph([page(['赵立平在此。', ...filler, '零陵区委在那里。'])]).hasEdge(edge)).toBe(false);
    const near = buildGraph([page(['赵立平在此。', '零陵区委在那里。'])]);
    expect(near.getEdgeAttributes(edge)).toMatchObject({ sentences: 0, articles: 1 });
    expect(near.getEdgeAttribute(edge, 'evidence')[0].text).toBe('赵立平在此。零陵区委在那里。');
  });
});
