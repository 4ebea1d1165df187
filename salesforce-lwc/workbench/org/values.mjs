// Field values as the org types them: coercion and checks on write (the error
// codes a real org answers with) and the display values UI API returns.
const ok = (value) => ({ ok: true, value });
const bad = (code, message) => ({ ok: false, code, message });

const TEXT_TYPES = new Set(['Text', 'TextArea', 'LongTextArea', 'Email', 'Phone', 'Url', 'Html']);
const NUMBER_TYPES = new Set(['Number', 'Currency', 'Percent']);

export function coerceValue(field, raw, lang) {
    const en = lang === 'en';
    if (raw === null || raw === undefined || raw === '') {
        return field.type === 'Checkbox' ? ok(false) : ok(null);
    }
    const name = field.apiName;
    if (TEXT_TYPES.has(field.type)) {
        if (typeof raw !== 'string' && typeof raw !== 'number') return bad('INVALID_TYPE', en ? `${name}: expected text` : `${name}: テキストを指定してください`);
        const value = String(raw);
        if (field.length && value.length > field.length) {
            return bad('STRING_TOO_LONG', en ? `${name}: data value too large (max length=${field.length})` : `${name}: 値が長すぎます (最大 ${field.length} 文字)`);
        }
        return ok(value);
    }
    if (NUMBER_TYPES.has(field.type)) {
        const value = typeof raw === 'number' ? raw : Number(raw);
        if (!Number.isFinite(value)) return bad('INVALID_TYPE', en ? `${name}: value not of required type: ${raw}` : `${name}: 数値ではありません: ${raw}`);
        const scale = field.scale ?? 0;
        const rounded = Math.round(value * 10 ** scale) / 10 ** scale;
        const intDigits = (field.precision ?? 18) - scale;
        if (Math.abs(Math.trunc(rounded)) >= 10 ** intDigits) {
            return bad('NUMBER_OUTSIDE_VALID_RANGE', en ? `${name}: number outside valid range: ${raw}` : `${name}: 数値が範囲外です: ${raw}`);
        }
        return ok(rounded);
    }
    if (field.type === 'Checkbox') {
        if (typeof raw !== 'boolean') return bad('INVALID_TYPE', en ? `${name}: expected true or false` : `${name}: true か false を指定してください`);
        return ok(raw);
    }
    if (field.type === 'Date') {
        if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
            return bad('INVALID_TYPE', en ? `${name}: value not of required type: ${raw}` : `${name}: 日付 (YYYY-MM-DD) ではありません: ${raw}`);
        }
        return ok(raw);
    }
    if (field.type === 'DateTime') {
        const t = typeof raw === 'string' ? Date.parse(raw) : NaN;
        if (Number.isNaN(t)) return bad('INVALID_TYPE', en ? `${name}: value not of required type: ${raw}` : `${name}: 日時ではありません: ${raw}`);
        return ok(new Date(t).toISOString());
    }
    if (field.type === 'Picklist') {
        const value = String(raw);
        if (field.values && field.values.length > 0 && !field.values.some((v) => v.value === value)) {
            return bad('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', en ? `${name}: bad value for restricted picklist field: ${value}` : `${name}: 選択リストにない値です: ${value}`);
        }
        return ok(value);
    }
    if (field.type === 'Lookup' || field.type === 'MasterDetail') {
        if (typeof raw !== 'string') return bad('INVALID_TYPE', en ? `${name}: expected a record id` : `${name}: レコード ID を指定してください`);
        return ok(raw);
    }
    return bad('INVALID_TYPE', `${name}: unsupported field type ${field.type}`);
}

export function displayValue(field, value, lang) {
    if (value === null || value === undefined) return null;
    const locale = lang === 'en' ? 'en-US' : 'ja-JP';
    switch (field.type) {
        case 'Picklist': {
            const entry = (field.values || []).find((v) => v.value === value);
            return entry ? entry.label : String(value);
        }
        case 'Number':
        case 'Percent':
            return new Intl.NumberFormat(locale, { maximumFractionDigits: field.scale ?? 0 }).format(value);
        case 'Currency':
            return new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY' }).format(value);
        case 'Date':
            return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${value}T00:00:00Z`));
        case 'DateTime':
            return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
        case 'Checkbox':
            return null;
        default:
            return null;
    }
}
