// The role stated before a name, back to the clause start: 零陵区委书记赵立平 → 零陵区委书记,
// 组建了由党委书记、局长黄承意… → 党委书记、局长.
import type { TokenIndex } from './person-names.ts';

const BOUNDARY = /[，,。；;：:！!？?（）()《》\n【】的]/;
/** Leading words that introduce a role rather than belong to it (还有, 由, 据, 该). */
const LEADING = new Set(['p', 'c', 'd', 'r', 'u', 'uj', 'ul', 'uz', 'ud', 'v', 'vn', 'y']);
const MAX = 30;
const HARD_STOP = new Set(['ul', 'uj', 'uz', 'ug', 'p', 'c']);

export function roleBefore(text: string, nameStart: number, floor: number, idx: TokenIndex): string | undefined {
  let s = nameStart;
  while (s > floor && nameStart - s < MAX && !BOUNDARY.test(text[s - 1])) {
    // 收到了|数学老师, 由|党委书记: a particle or preposition ends the role phrase.
    const t = idx.covering(s - 1);
    if (t && t.end <= nameStart && HARD_STOP.has(t.tag)) break;
    s--;
  }
  // Drop leading function words and punctuation, token by token.
  while (s < nameStart) {
    const c = text[s];
    if (/[、\s”’"]/.test(c)) {
      s++;
      continue;
    }
    const t = idx.covering(s);
    if (!t || t.start !== s || t.end > nameStart || !LEADING.has(t.tag) || /[“"‘]/.test(t.word)) break;
    s = t.end;
  }
  const role = text.slice(s, nameStart).replace(/\s+/g, '');
  return role || undefined;
}
