import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/types.ts';
import { resolveMentions } from '../../test/support/articles.ts';

const resolve = (text: string, specs: Array<Partial<Mention> & { text: string }>) => resolveMentions('place', 'test', text, specs);

describe('place resolver', () => {
  it('names a place by its official name when the page uses it, with the short form as alias', () => {
    const [e] = resolve('零陵区坚持创新。零陵“四夜”', [
      { text: '零陵区', canonical: '零陵区', code: '431102' },
      { text: '零陵', canonical: '零陵区', code: '431102' },
    ]);
    expect(e).toMatchObject({ id: 'place:零陵区', name: '零陵区', aliases: ['零陵'], mentions: 2, code: '431102', parent: 'place:永州市' });
  });

  it('keeps the form the page supports when only the short form is used (河北)', () => {
    const [e] = resolve('北上河北', [{ text: '河北', canonical: '河北省', code: '13' }]);
    expect(e).toMatchObject({ name: '河北', code: '13' });
    expect(e.parent).toBeUndefined();
  });

  it('counts 县城 / 市区 forms as using the official name', () => {
    const [e] = resolve('宁远县城周边', [{ text: '宁远县城', canonical: '宁远县', code: '431126' }]);
    expect(e).toMatchObject({ name: '宁远县', aliases: ['宁远县城'] });
  });

  it('keeps places with the same name but different codes apart, and names without codes by text', () => {
    const found = resolve('城西街道和城西街道，缝吉塘组', [
      { text: '城西街道', canonical: '城西街道', code: '1' },
      { text: '城西街道', canonical: '城西街道', code: '2' },
      { text: '缝吉塘组', canonical: '缝吉塘组' },
    ]);
    expect(found.map((e) => [e.name, e.mentions])).toEqual([
      ['城西街道', 2],
      ['缝吉塘组', 1],
    ]);
  });

  it('names a place by its official name, never by an anaphor', () => {
    const [e] = resolve('该县出台文件', [{ text: '该县', canonical: '东安县', code: '431122', source: 'place:anaphor' }]);
    expect(e).toMatchObject({ name: '东安县', aliases: ['该县'] });
  });
});
