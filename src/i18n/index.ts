import { en } from './en';
import { kk, type UiKey } from './kk';
import type { Lang } from './locales';
import { ru } from './ru';

/** Every UI dictionary, keyed by language. */
export const dictionaries: Record<Lang, Record<UiKey, string>> = { kk, ru, en };

/**
 * The UI-string lookup for one language; components call `t('cite.copy')` and never branch
 * on the language themselves.
 * @example useTranslations('ru')('nav.search') // 'Поиск'
 */
export function useTranslations(lang: Lang): (key: UiKey) => string {
  return (key) => dictionaries[lang][key];
}

export type { UiKey };
