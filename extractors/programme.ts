import type { Mention } from '../src/model/types.ts';
import type { Extractor } from './types.ts';

// A quoted name followed by a programme suffix: “四夜”行动, “项目警官”制度.
const QUOTED = /“([^“”\n]{2,20})”(行动|制度|机制|工程|模式|计划|战略|规划|活动)/g;

export const programme: Extractor = {
  name: 'programme',
  type: 'programme',
  extract({ article }) {
    const out: Mention[] = [];
    for (const m of article.text.matchAll(QUOTED)) {
      out.push({ type: 'programme', text: m[0], start: m.index, end: m.index + m[0].length, source: 'programme:quoted-suffix' });
    }
    return out;
  },
};
