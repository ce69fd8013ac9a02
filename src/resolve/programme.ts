// Programme rules: the surface forms of one initiative in a page are one entity, keyed by the core name
// without its suffix (“四夜”行动 and “四夜” → 四夜; “雪亮工程” and 雪亮工程 → 雪亮). Canonical name:
// - a name that carries its own suffix (“雪亮工程”, 入园惠企专项行动, 四巡结合) is the name;
// - the core with its suffix when the page uses both (“四夜”行动 + “四夜” → 四夜行动, alias 四夜);
// - the core otherwise (“网眼看祁阳”自媒体采风活动 → 网眼看祁阳): descriptive tails vary, the core does not.
import { isNumbered, QUOTED_TAIL, suffixOf, UNQUOTED } from '../../extractors/lib/programme-grammar.ts';
import type { PageContext, PageMention, TypeResolver } from './types.ts';

const unquote = (s: string) => s.replace(/[\s“”‘’"'「」『』《》]/g, '');
const SUFFIXES = [...new Set([...UNQUOTED, ...QUOTED_TAIL])].sort((a, b) => b.length - a.length);

const stripSuffix = (name: string) => {
  const suffix = suffixOf(name, SUFFIXES);
  return suffix && name.length - suffix.length >= 2 ? name.slice(0, -suffix.length) : name;
};

interface Form {
  key: string;
  /** The quoted core (or the whole surface when unquoted). */
  core: string;
  /** The whole surface (quotes removed). */
  surface: string;
  /** The surface is a name by itself (its own suffix, or no quote at all). */
  whole: boolean;
}

/** Key and kind of one surface form. */
export function programmeForm(text: string): Form {
  const surface = unquote(text);
  const quoted = text.match(/^“([^“”]+)”(.*)$/);
  if (!quoted) return { key: stripSuffix(surface), core: surface, surface, whole: true };
  const core = unquote(quoted[1]);
  const key = stripSuffix(core);
  return { key, core, surface, whole: !quoted[2] && key !== core };
}

function canonicalise(mentions: readonly PageMention[], _page: PageContext): string[] {
  const forms = mentions.map((m) => programmeForm(m.text));
  // A numbered core that begins exactly one longer key of the page is that programme (“五好” and
  // “五好园区”, “三长” and 三长联动机制).
  const keys = [...new Set(forms.map((f) => f.key))];
  const longer = (key: string) => keys.filter((k) => k.length > key.length && k.startsWith(key));
  for (const f of forms) {
    const [only, ...more] = isNumbered(f.key) ? longer(f.key) : [];
    if (only && !more.length) f.key = only;
  }
  const groups = new Map<string, Form[]>();
  for (const f of forms) groups.set(f.key, [...(groups.get(f.key) ?? []), f]);
  const names = new Map<string, string>();
  for (const [key, group] of groups) names.set(key, canonicalOf(key, group));
  // Two names with their own different suffixes are two programmes (五大工程, 五大行动).
  return forms.map((f) => (f.whole ? f.surface : names.get(f.key)!));
}

function canonicalOf(key: string, group: readonly Form[]): string {
  const shortest = (list: string[]) => list.sort((a, b) => a.length - b.length)[0];
  const whole = group.filter((f) => f.whole).map((f) => f.surface);
  if (whole.length) return shortest(whole);
  const surfaces = new Set(group.map((f) => f.surface));
  const suffixed = [...surfaces].filter((s) => s.startsWith(key) && SUFFIXES.includes(s.slice(key.length)));
  if (surfaces.has(key) && suffixed.length) return shortest(suffixed);
  // A group joined by a shorter numbered core (“五好” into 五好园区) is named by its own key's cores.
  const cores = group.map((f) => f.core);
  const own = cores.filter((c) => c.startsWith(key));
  return shortest(own.length ? own : cores);
}

export const programmeResolver: TypeResolver = { type: 'programme', canonicalise };
