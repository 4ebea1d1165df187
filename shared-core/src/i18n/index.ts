// Message catalogs, Japanese first. Each domain keeps its own pair of files
// (`<domain>.ja.ts`, `<domain>.en.ts`); the English file is typed against the
// Japanese keys, so a missing key fails the compiler and the parity test.
import { commonJa } from './common.ja';
import { commonEn } from './common.en';
import { methodJa } from './method.ja';
import { methodEn } from './method.en';
import { rulesJa } from './rules.ja';
import { rulesEn } from './rules.en';

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

export const catalogs = {
  ja: { ...commonJa, ...methodJa, ...rulesJa },
  en: { ...commonEn, ...methodEn, ...rulesEn },
} as const;

export type MessageKey = keyof typeof catalogs.ja;

export type Params = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders. An unknown key returns the key itself, so a gap is visible, never blank. */
export function t(lang: Lang, key: MessageKey | string, params?: Params): string {
  const table = catalogs[lang] as Record<string, string>;
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

export { formatClock, formatMinutes, formatRate, formatScore } from './format';
