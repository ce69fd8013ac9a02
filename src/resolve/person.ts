// Person rules: the canonical name is the full name as written; a historical title (毛主席) takes the name
// the extractor gave it; a courtesy form (李警官) becomes an alias of the one full name in the page with
// the same surname and a matching role (民警 for 警官), and is dropped when there is no such single name.
import { personData } from '../../extractors/lib/person-data.ts';
import type { PageMention, TypeResolver } from './types.ts';

const COURTESY = 'person:courtesy:';

const plain = (s: string) => s.replace(/\s+/g, '');

function surnameOf(name: string): string {
  return personData().compound.has(name.slice(0, 2)) ? name.slice(0, 2) : name.slice(0, 1);
}

/** The one full name a courtesy mention stands for, or '' when none or several fit. */
export function courtesyTarget(m: PageMention, full: readonly PageMention[]): string {
  const hint = m.source.slice(COURTESY.length);
  if (!hint) return '';
  const surname = surnameOf(plain(m.text));
  const names = new Set(
    full.filter((f) => plain(f.text).startsWith(surname) && !!f.role?.includes(hint)).map((f) => plain(f.canonical ?? f.text)),
  );
  return names.size === 1 ? [...names][0] : '';
}

export const personResolver: TypeResolver = {
  type: 'person',
  canonicalise(mentions) {
    const full = mentions.filter((m) => !m.source.startsWith(COURTESY) && !m.masked);
    return mentions.map((m) => (m.source.startsWith(COURTESY) ? courtesyTarget(m, full) : plain(m.canonical ?? m.text)));
  },
};
