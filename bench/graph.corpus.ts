// A synthetic corpus at the PageResult level: copies of the seed results whose entity names are
// suffixed so the vocabulary grows the way a news archive's does. People are new in every copy;
// organisations, programmes and small places recur across copies; gazetteer places and reporters
// recur most. Texts and offsets are the seeds' (evidence still points at real sentences).
import { createHash } from 'node:crypto';
import type { Entity, PageResult } from '../src/model/types.ts';
import { placeNamed } from '../src/graph/gazetteer.ts';

/** How many distinct variants of each name exist across copies (Infinity: a new one per copy). */
const VARIANTS = {
  person: Infinity,
  reporter: 40,
  organisation: 200,
  programme: 50,
  smallPlace: 100,
};

function variant(name: string, copy: number, kinds: number): string {
  if (kinds === 1) return name;
  const k = kinds === Infinity ? copy : copy % kinds;
  return k === 0 ? name : `${name}·${k}`;
}

/** The id of an entity in copy `copy` (types and masked article suffixes kept). */
function renameId(id: string, copy: number, article: (id: string) => string): string {
  const colon = id.indexOf(':');
  const type = id.slice(0, colon);
  const [name, masked] = id.slice(colon + 1).split('@');
  if (masked) return `${type}:${name}@${article(masked)}`;
  const kinds =
    type === 'person' ? VARIANTS.person
    : type === 'organisation' ? VARIANTS.organisation
    : type === 'programme' ? VARIANTS.programme
    : placeNamed(name) ? 1
    : VARIANTS.smallPlace;
  return `${type}:${variant(name, copy, kinds)}`;
}

/** Copy number `copy` of one seed result. Copy 0 is the seed itself. */
export function syntheticPage(seed: PageResult, copy: number): PageResult {
  if (copy === 0) return seed;
  const doc = `${String(copy).padStart(4, '0')}_${seed.doc}`;
  const article = (id: string) => `${doc}#${id.slice(id.lastIndexOf('#') + 1)}`;
  const rename = (id: string) => renameId(id, copy, article);
  const entities: Entity[] = seed.entities.map((e) => {
    const id = rename(e.id);
    const out: Entity = {
      ...e,
      id,
      name: id.slice(id.indexOf(':') + 1).split('@')[0],
      occurrences: e.occurrences.map((o) => ({ ...o, article: article(o.article) })),
    };
    if (e.parent) out.parent = rename(e.parent);
    if (e.partOf) out.partOf = rename(e.partOf);
    if (e.locatedIn) out.locatedIn = rename(e.locatedIn);
    return out;
  });
  return {
    doc,
    path: doc,
    hash: createHash('sha256').update(`${copy}:${seed.hash}`).digest('hex'),
    articles: seed.articles.map((a) => ({
      ...a,
      doc,
      id: article(a.id),
      credits: a.credits.map((c) => ({ ...c, name: variant(c.name, copy, VARIANTS.reporter) })),
      byline: a.byline.map((n) => variant(n, copy, VARIANTS.reporter)),
    })),
    entities,
  };
}
