import { describe, expect, it } from 'vitest';
import { TextBuilder, visualWidth } from './normalise.ts';

function norm(raw: string): { text: string; toRaw: Int32Array } {
  const b = new TextBuilder(raw);
  let k = 0;
  for (const m of raw.matchAll(/[^\n]+/g)) b.append({ start: m.index, end: m.index + m[0].length }, k++ > 0);
  return b.finish(raw.length);
}

describe('TextBuilder', () => {
  it.each([
    ['夜 办 解 民 忧 、夜 巡 保 平 安 的“ 四', '夜办解民忧、夜巡保平安的“四'],
    ['召 开 ，总 结 2023 年 工 作', '召开，总结2023年工作'],
    ['KTV 和“ 九 小 场 所 ”等', 'KTV和“九小场所”等'],
    ['增速 22.26% ；各项', '增速22.26%；各项'],
    ['GDP 6.1% and more', 'GDP 6.1% and more'],
    ['赵\n立平', '赵立平'],
    ['hello\nworld', 'hello world'],
    ['2024\n年', '2024年'],
  ])('%s → %s', (raw, want) => {
    expect(norm(raw).text).toBe(want);
  });
  it('maps every unit back to the same character in the raw text', () => {
    const raw = '召 开 ，总 结 2023 年\nGDP 6.1% 增长';
    const { text, toRaw } = norm(raw);
    for (let i = 0; i < text.length; i++) if (text[i] !== ' ') expect(raw[toRaw[i]]).toBe(text[i]);
    expect(toRaw[text.length]).toBe(raw.length);
  });
  it('measures column width with narrow characters as half', () => {
    expect(visualWidth('财政预算安排 2000')).toBe(8);
  });
});
