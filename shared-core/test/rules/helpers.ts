import type { Result } from '../../src/result';

/** The value of a Result, failing the test with its issues when it is not ok. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got issues: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The issues of a Result, failing the test when it is ok. */
export function issuesOf<T>(result: Result<T>): { path: string; code: string; message: string }[] {
  if (result.ok) throw new Error(`expected issues, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.issues;
}
