// Programme rules: the surface forms of one initiative in a page are one entity, keyed by the core name
// (“四夜”行动 and “四夜” → 四夜; “雪亮工程” and 雪亮工程 → 雪亮). Canonical: the core with its suffix when the
// page uses one (四夜行动, alias 四夜), the shortest such form (情指勤舆督一体化 rather than
// 情指勤舆督一体化实战化运行机制); the bare core otherwise.
import { QUOTED_TAIL, suffixOf, UNQUOTED } from '../../extractors/lib/programme-grammar.ts';
import type { PageContext, PageMention, TypeResolver } from './types.ts';

const unquote = (s: string) => s.replace(/[\s“”‘’"'「」『』《》]/g, '');
const SUFFIXES = [...new Set([...UNQUOTED, ...QUOTED_TAIL])].sort((a, b) => b.length - a.length);

/** The core name of a mention: the quoted part if any, without a trailing programme suffix. */
export function programmeCore(text: string): string {
  const quoted = text.match(/“([^“”]+)”/);
  const name = unquote(quoted ? quoted[1] : text);
  const suffix = suffixOf(name, SUFFIXES);
  return suffix && name.length - suffix.length >= 2 ? name.slice(0, -suffix.length) : name;
}

function canonicalise(mentions: readonly PageMention[], _page: PageContext): string[] {
  const forms = new Map<string, Set<string>>();
  const keys = mentions.map((m) => {
    const key = programmeCore(m.text);
    const set = forms.get(key) ?? new Set<string>();
    set.add(unquote(m.text));
    forms.set(key, set);
    return key;
  });
  const names = new Map<string, string>();
  for (const [key, set] of forms) {
    const suffixed = [...set].filter((f) => f.startsWith(key) && f.length > key.length).sort((a, b) => a.length - b.length);
    names.set(key, suffixed[0] ?? key);
  }
  return keys.map((k) => names.get(k)!);
}

export const programmeResolver: TypeResolver = { type: 'programme', canonicalise };
