import { t, type StringKey } from './strings.ts';
import type { Lang } from './types.ts';

/** Fills the static interface: [data-i18n] gets its text, [data-i18n-aria] its aria-label. */
export function applyLanguage(root: ParentNode, lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t(lang, 'title');
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = t(lang, node.dataset.i18n as StringKey);
  }
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-aria]')) {
    node.setAttribute('aria-label', t(lang, node.dataset.i18nAria as StringKey));
  }
}
