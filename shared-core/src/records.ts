// Records read by a name that comes from input (a rule's field, a CSV column,
// a command name): own properties only, so a field called "constructor",
// "toString" or "__proto__" is a field like any other and never something
// inherited from Object.prototype.
import { z } from './zod';

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** True when `key` is the object's own property (never an inherited one). */
export const hasOwn = (record: object, key: string): boolean => hasOwnProperty.call(record, key);

/** The object's own value under `key`, or undefined. */
export const ownValue = (record: Readonly<Record<string, unknown>>, key: string): unknown =>
  hasOwnProperty.call(record, key) ? record[key] : undefined;

/**
 * A plain object: `{...}` from JSON or a literal, or one without a prototype.
 * Maps, dates, class instances and lists are not records. The test looks at
 * the constructor, as zod's own does, so an object from another realm (a
 * Lightning sandbox) is still plain.
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  // No prototype, or a field that happens to be named "constructor".
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return typeof proto === 'object' && proto !== null && hasOwnProperty.call(proto, 'isPrototypeOf');
}

/**
 * Named values (lead fields, event props), kept as the caller's object: the
 * core only reads them, by own property. Unlike `z.record` it neither copies
 * nor drops a key, so the scorer's quick path and the schema give the same object.
 */
export const RecordSchema = z.unknown().transform((value, ctx): Record<string, unknown> => {
  if (isPlainRecord(value)) return value;
  ctx.addIssue({ code: 'custom', message: 'expected an object of named values, such as {"industry": "manufacturing"}' });
  return z.NEVER;
});
