// Message catalogs, Japanese first. Each domain keeps its own pair of files
// (`<domain>.ja.ts`, `<domain>.en.ts`); the English file is typed against the
// Japanese keys, so a missing key fails the compiler and the parity test.
import { commonJa } from './common.ja';
import { commonEn } from './common.en';
import type { methodJa } from './method.ja';
import { rulesJa } from './rules.ja';
import { rulesEn } from './rules.en';
import type { suggestJa } from './suggest.ja';

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** Every key of every domain (the Japanese files are the source of keys). */
export type MessageKey = keyof typeof commonJa | keyof typeof methodJa | keyof typeof rulesJa | keyof typeof suggestJa;

/** One domain's texts in both languages, same keys. */
export interface Catalog {
  ja: Record<string, string>;
  en: Record<string, string>;
}

/**
 * The texts of every domain loaded so far, per language. The common and rules
 * texts are here from the start; the method and the suggestion add theirs
 * when they load (`method/texts.ts`, `rules/suggest/texts.ts`), so a bundle
 * split by domain (the Lightning modules) carries each catalog with the code
 * that shows it. Loading the whole core (`src/index.ts`) loads them all.
 */
export const catalogs: Catalog = {
  ja: { ...commonJa, ...rulesJa },
  en: { ...commonEn, ...rulesEn },
};

/** Adds a domain's texts (done once, by the module that owns the domain). */
export function addCatalog(catalog: Catalog): void {
  Object.assign(catalogs.ja, catalog.ja);
  Object.assign(catalogs.en, catalog.en);
}

export type Params = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders. An unknown key returns the key itself, so a gap is visible, never blank. */
export function t(lang: Lang, key: MessageKey | string, params?: Params): string {
  const table = catalogs[lang];
  const template = Object.prototype.hasOwnProperty.call(table, key) ? (table[key] as string) : key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** `ja` or `en` from a locale such as `ja-JP`, `en_US` or `fr` (anything not Japanese falls back to English). */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export { formatClock, formatMinutes, formatRate, formatScore, percentValue } from './format';
