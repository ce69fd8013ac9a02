import { pinyin } from 'pinyin-pro';

/**
 * `zhaoliping zlp`: full pinyin without tones or spaces, a space, then the initials, so a
 * search for either form is one substring test. Non-Chinese runs (2024, ABC) stay as written, lower-cased.
 */
export function pinyinKey(label: string): string {
  const syllables = pinyin(label, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return `${syllables.join('')} ${syllables.map((s) => (/^[0-9]/.test(s) ? s : s[0])).join('')}`;
}
