import { el } from '../dom.ts';
import { t } from '../i18n/strings.ts';
import type { Lang } from '../i18n/types.ts';
import { TYPE_COLORS } from '../layout/appearance.ts';
import { search } from './search.ts';
import type { SearchEntry, SearchHit } from './types.ts';

interface Options {
  input: HTMLInputElement;
  list: HTMLUListElement;
  entries: SearchEntry[];
  lang: () => Lang;
  onPick: (key: string) => void;
}

/** ARIA 1.2 combobox: arrows move through suggestions, Enter picks, Escape closes. */
export function mountSearch({ input, list, entries, lang, onPick }: Options): void {
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = () => {
    list.querySelectorAll('li').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `search-option-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.entry.label;
    close();
    onPick(hit.entry.key);
  };
  const render = () => {
    hits = search(entries, input.value, 12);
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) => {
            const li = el('li', { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-key': hit.entry.key },
              el('span', { class: 'swatch', style: `background:${TYPE_COLORS[hit.entry.type] ?? '#666'}`, 'aria-hidden': 'true' }),
              el('span', {}, hit.entry.label),
              el('span', { class: 'hint' }, `${t(lang(), hit.entry.type)}${hit.matched !== hit.entry.label ? ` · ${hit.matched}` : ''}`));
            li.addEventListener('mousedown', (e) => { e.preventDefault(); pick(i); });
            return li;
          })
        : [el('li', { role: 'option', 'aria-disabled': 'true' }, t(lang(), 'noResults'))]),
    );
    active = hits.length ? 0 : -1;
    list.hidden = !input.value.trim();
    input.setAttribute('aria-expanded', String(!list.hidden));
    mark();
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => { if (input.value.trim()) render(); });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) return render();
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      mark();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape') {
      close();
    }
  });
}
