const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface PinyinForms { full: string; initials: string }

/** Splits the schema's `pinyin` attribute: "zhaoliping zlp". */
export function splitPinyin(attribute: string): PinyinForms {
  const [full = '', initials = ''] = attribute.split(' ');
  return { full: clean(full), initials: clean(initials) };
}

/**
 * The same two forms computed with pinyin-pro, for graphs without the attribute. Loaded on
 * demand: its dictionary is most of the bundle and graphs from `newsgraph build` do not need it.
 */
export async function pinyinComputer(): Promise<(label: string) => PinyinForms> {
  const { pinyin } = await import('pinyin-pro');
  return (label) => ({
    full: clean(pinyin(label, { toneType: 'none', type: 'array' }).join('')),
    initials: clean(pinyin(label, { pattern: 'first', toneType: 'none', type: 'array' }).join('')),
  });
}
