// Results at the edges of the core: a boundary never throws on bad input, it
// answers with issues that name the field (`answers.16`, `fit[2].points`).
import type { z } from './zod';

export interface Issue {
  /** Dotted path of the offending field, e.g. `answers.16` or `fit[0].if.op`; '' for the whole input. */
  path: string;
  /** Machine-readable code (zod's issue code, or one of the core's own). */
  code: string;
  /** Human-readable message in English; surfaces may translate by `code`. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(issues: Issue[]): Result<T> => ({ ok: false, issues });

/** Formats a zod path as `a.b[2].c`; numeric keys of records stay dotted (`answers.16`). */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function issuesFromZod(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((i) => {
    const path = formatPath(i.path);
    return {
      path: prefix && path ? `${prefix}.${path}` : prefix || path,
      code: i.code,
      message: i.message,
    };
  });
}

/** Parses `input` with `schema`; never throws. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(issuesFromZod(parsed.error, prefix));
}

/** One line per issue, `path: message`, for CLIs and error panels. */
export function describeIssues(issues: Issue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}
