import type { AppState } from '../state.ts';

export const toggleLanguage = (s: AppState): AppState => ({ ...s, lang: s.lang === 'zh' ? 'en' : 'zh' });
