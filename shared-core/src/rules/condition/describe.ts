import { t, type Lang } from '../../i18n';
import type { Condition, ConditionValue } from './types';

/** A field's name for a reader: a catalog label for known fields, else the field name itself. */
export function fieldLabel(field: string, lang: Lang): string {
  const key = `field.${field}`;
  const label = t(lang, key);
  return label === key ? field : label;
}

/** How deep and how large a record value may be and still be shown as JSON (else "…"). */
const SHOWN_DEPTH = 32;
const SHOWN_PARTS = 10_000;

/**
 * True when a value nests at most SHOWN_DEPTH levels in at most SHOWN_PARTS
 * parts (a cycle nests without end, so it is never shown). Walked with a list
 * rather than by recursion, so that no record value, however deep, can
 * exhaust the stack, nor can JSON.stringify after it.
 */
function showable(value: object): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  let parts = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [v, depth] = next;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > SHOWN_DEPTH || ++parts > SHOWN_PARTS) return false;
    for (const child of Object.values(v)) pending.push([child, depth + 1]);
  }
  return true;
}

function describeOne(value: unknown, lang: Lang): string {
  if (value === true) return t(lang, 'value.true');
  if (value === false) return t(lang, 'value.false');
  if (value === null || value === undefined) return '-';
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  if (typeof value === 'object') return showable(value) ? JSON.stringify(value) : '…';
  return String(value);
}

/**
 * A value for a reader: numbers to at most two decimals (a decayed score reads
 * 99.14, not 99.13974066121648), a list joined, yes/no from the catalog.
 */
export function describeValue(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return value.map((v) => describeOne(v, lang)).join(lang === 'ja' ? '、' : ', ');
  return describeOne(value, lang);
}

/** A condition in words a sales manager can read ("スコア が 70 以上"). */
export function describeCondition(condition: Condition, lang: Lang): string {
  if ('all' in condition) return t(lang, 'cond.all', { items: condition.all.map((c) => describeCondition(c, lang)).join(' / ') });
  if ('any' in condition) return t(lang, 'cond.any', { items: condition.any.map((c) => describeCondition(c, lang)).join(' / ') });
  if ('not' in condition) return t(lang, 'cond.not', { item: describeCondition(condition.not, lang) });
  return t(lang, `op.${condition.op}`, { field: fieldLabel(condition.field, lang), value: describeValue(condition.value, lang) });
}
