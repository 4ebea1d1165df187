// Picks ja or en from the user's language and resolves texts: UI chrome from
// this component layer's own catalog, domain texts from the core's catalogs.
import LANG from '@salesforce/i18n/lang';
import { t, langFromLocale, ROLES, SIGNING_ROLES } from 'c/maCore';
import { UI_LABELS } from './uiLabels';

/** The user's language as the core knows it ('ja' or 'en'). */
export const lang = langFromLocale(LANG);

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

/** Formats a rate in [0, 1] as a percentage with one decimal ("33.3%"); null as an em dash. */
export function formatPercent(rate) {
    if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
    return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Formats a score rounded to two decimals, trailing zeros dropped ("6.25", "12.5", "40"). */
export function formatScore(value) {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    return String(Math.round(value * 100) / 100);
}

/** Formats a duration in minutes as hours and whole minutes ("1 h 05 min" / "1時間05分"); under an hour as minutes. */
export function formatMinutes(minutes, language = lang) {
    if (minutes === null || minutes === undefined || Number.isNaN(minutes)) return '—';
    const total = Math.round(Math.abs(minutes));
    const hours = Math.floor(total / 60);
    const rest = total % 60;
    if (hours === 0) return label('time.minutes', { m: rest }, language);
    return label('time.hoursMinutes', { h: hours, m: String(rest).padStart(2, '0') }, language);
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
