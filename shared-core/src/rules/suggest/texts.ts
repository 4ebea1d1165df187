// The suggestion's texts join the catalogs when the suggestion loads.
import { addCatalog, t, type Lang, type MessageKey, type Params } from '../../i18n';
import { suggestEn } from '../../i18n/suggest.en';
import { suggestJa } from '../../i18n/suggest.ja';

addCatalog({ ja: suggestJa, en: suggestEn });

/** `t` for the suggestion's keys (its catalog is loaded by importing this file). */
export const suggestText = (lang: Lang, key: MessageKey & `suggest.${string}`, params?: Params): string => t(lang, key, params);
