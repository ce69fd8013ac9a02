export type Lang = 'zh' | 'en';
export const LANGS: Lang[] = ['zh', 'en'];
