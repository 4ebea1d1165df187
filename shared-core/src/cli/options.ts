// Options shared by the commands that read a scoring model and numbers.
import { parseScoringModel, type ScoringModel } from '../rules';
import type { Issue } from '../result';
import { CliError } from './errors';
import type { CliIO } from './io';
import { fileIssues, readJsonFile } from './leadTables';

/** A scoring model from its file; every problem is named `FILE: path: message`. */
export function readModel(io: CliIO, file: string): ScoringModel {
  const model = parseScoringModel(readJsonFile(io, file, file));
  if (!model.ok) throw fileIssues(file, model.issues);
  return model.value;
}

/** A number option, or undefined when it is not given. */
export function numberFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new CliError(`--${name}: "${value}" is not a number`);
  return n;
}

/** The core's issues with each option path shown as the flag that set it (`targetPrecision` -> `--target-precision`). */
export function flagIssues(issues: Issue[], flags: Record<string, string>): CliError {
  return CliError.fromOptionIssues(issues, new Map(Object.entries(flags)));
}
