import { el } from '../dom.ts';
import { ENTITY_TYPES, type EntityType } from '../graph/types.ts';
import { TYPE_COLORS } from '../layout/appearance.ts';
import type { Filters, RelationGroup } from './types.ts';

const RELATIONS: RelationGroup[] = ['cooccurrence', 'typed'];

interface Options {
  form: HTMLFormElement;
  docs: string[];
  onChange: (filters: Filters) => void;
}

/** Builds the filter controls once; `show` writes a state into them (after URL restore). */
export function mountFilters({ form, docs, onChange }: Options) {
  const types = form.querySelector<HTMLFieldSetElement>('#filter-types')!;
  const relations = form.querySelector<HTMLFieldSetElement>('#filter-relations')!;
  const docSelect = form.querySelector<HTMLSelectElement>('#filter-docs')!;
  const check = (name: string, value: string, key: string, swatch?: string) =>
    el('label', {},
      el('input', { type: 'checkbox', name, value }),
      swatch ? el('span', { class: 'swatch', style: `background:${swatch}`, 'aria-hidden': 'true' }) : null,
      el('span', { 'data-i18n': key }, key));
  types.append(...ENTITY_TYPES.map((type) => check('types', type, type, TYPE_COLORS[type])));
  relations.append(...RELATIONS.map((r) => check('relations', r, r)));
  docSelect.append(...docs.map((doc) => el('option', { value: doc }, doc)));

  const read = (): Filters => {
    const checked = (name: string) =>
      [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
    const number = (id: string, min: number) => Math.max(min, Number(form.querySelector<HTMLInputElement>(id)!.value) || min);
    return {
      types: checked('types') as EntityType[],
      relations: checked('relations') as RelationGroup[],
      minWeight: number('#min-weight', 0),
      minDegree: number('#min-degree', 0),
      docs: [...docSelect.selectedOptions].map((o) => o.value),
      hideIsolated: form.querySelector<HTMLInputElement>('#hide-isolated')!.checked,
    };
  };
  form.addEventListener('change', () => onChange(read()));
  form.addEventListener('submit', (e) => e.preventDefault());

  return {
    show(filters: Filters) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name="types"]')) input.checked = filters.types.includes(input.value as EntityType);
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name="relations"]')) input.checked = filters.relations.includes(input.value as RelationGroup);
      form.querySelector<HTMLInputElement>('#min-weight')!.value = String(filters.minWeight);
      form.querySelector<HTMLInputElement>('#min-degree')!.value = String(filters.minDegree);
      form.querySelector<HTMLInputElement>('#hide-isolated')!.checked = filters.hideIsolated;
      for (const option of docSelect.options) option.selected = filters.docs.includes(option.value);
    },
  };
}
