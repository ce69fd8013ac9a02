import { describe, expect, it } from 'vitest';
import { seededRandom } from './metrics.ts';
import { PairTable } from './pairs.ts';

describe('PairTable', () => {
  it('gives one index per unordered pair through many rehashes, and keeps each pair its pages', () => {
    const random = seededRandom(3);
    const table = new PairTable();
    const reference = new Map<string, { index: number; docs: Set<number> }>();
    for (let k = 0; k < 50_000; k++) {
      const x = Math.floor(random() * 400);
      const y = Math.floor(random() * 400);
      const doc = Math.floor(k / 100);
      const i = table.index(x, y);
      table.addDoc(i, doc);
      table.articles[i]++;
      const key = `${Math.min(x, y)}|${Math.max(x, y)}`;
      const seen = reference.get(key) ?? { index: i, docs: new Set() };
      expect(i).toBe(seen.index);
      seen.docs.add(doc);
      reference.set(key, seen);
    }
    expect(table.size).toBe(reference.size);
    for (const [key, { index, docs }] of reference) {
      const [a, b] = key.split('|').map(Number);
      expect([table.a[index], table.b[index]]).toEqual([a, b]);
      expect(table.docsOf(index).sort((p, q) => p - q)).toEqual([...docs].sort((p, q) => p - q));
    }
  });
});
