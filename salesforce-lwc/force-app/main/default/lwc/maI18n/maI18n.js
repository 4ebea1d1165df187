// Picks ja or en from the user's language and resolves texts: UI chrome from
// this component layer's own catalog, domain texts from the core's catalogs.
// Minutes, rates and scores are formatted by the core (formatMinutes,
// formatRate, formatScore, formatClock); dates and counts here, in the
// user's locale.
import LANG from '@salesforce/i18n/lang';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { t, langFromLocale, ROLES, SIGNING_ROLES } from 'c/maCore';
import { UI_LABELS } from './uiLabels';

/** The user's language as the core knows it ('ja' or 'en'). */
export const lang = langFromLocale(LANG);

/** The user's locale (e.g. ja-JP, en-US): how dates and numbers are written, which may differ from the language. */
export const locale = LOCALE;

/** A UI text (this layer's catalog first, the core's catalog otherwise), `{name}` placeholders filled. */
export function label(key, params, language = lang) {
    const table = UI_LABELS[language] || UI_LABELS.en;
    const template = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null;
    if (template === null) return t(language, key, params);
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/** Combobox options for the roles, labelled from the core's catalog. */
export function roleOptions(signingOnly = false, language = lang) {
    const roles = signingOnly ? SIGNING_ROLES : ROLES;
    return roles.map((role) => ({ label: t(language, `role.${role}`), value: role }));
}

/** Formats an ISO instant for reading in the user's language (date and time, local zone). */
export function formatInstant(iso, language = lang) {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return String(iso);
    return date.toLocaleString(language === 'ja' ? 'ja-JP' : 'en-US', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
    });
}

/**
 * Formats a date in the user's locale ("2026年12月1日", "Dec 1, 2026"): a Date field's
 * `YYYY-MM-DD` as that calendar day, an instant as its day in the user's time zone
 * (the user's setting in Salesforce, not the browser's). Empty as an em dash.
 */
export function formatDate(value, userLocale = locale, timeZone = TIME_ZONE) {
    if (!value) return '—';
    const text = String(value);
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
    const date = new Date(dateOnly ? `${text}T00:00:00Z` : text);
    if (Number.isNaN(date.getTime())) return text;
    const options = { year: 'numeric', month: 'short', day: 'numeric' };
    return date.toLocaleDateString(userLocale, { ...options, timeZone: dateOnly ? 'UTC' : timeZone || undefined });
}

/** Formats a count in the user's locale (digit grouping: 1,234). */
export function formatCount(value, userLocale = locale) {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    return new Intl.NumberFormat(userLocale).format(value);
}
