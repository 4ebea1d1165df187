import { catalogs, t, langFromLocale } from '../src/i18n';
// The whole core, so every domain's catalog is loaded.
import '../src';

describe('message catalogs', () => {
  it('have the same keys in Japanese and English', () => {
    const ja = Object.keys(catalogs.ja).sort();
    const en = Object.keys(catalogs.en).sort();
    expect(en.filter((k) => !ja.includes(k))).toEqual([]);
    expect(ja.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('has no empty text in either language', () => {
    for (const lang of ['ja', 'en'] as const) {
      const empty = Object.entries(catalogs[lang]).filter(([, v]) => String(v).trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'role.sales')).toBe('Sales');
    expect(t('ja', 'role.sales')).toBe('営業');
    expect(t('en', 'no.such.key')).toBe('no.such.key');
  });

  it('maps locales to a language, English by default', () => {
    expect(langFromLocale('ja-JP')).toBe('ja');
    expect(langFromLocale('en_US')).toBe('en');
    expect(langFromLocale('fr')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
});
