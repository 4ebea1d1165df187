// `ma-maturity plan [FILE|-] --start YYYY-MM-DD [--to-level N] [--lang ja|en] [--format json|text] [--as-of ISO-DATE]`
import { buildPlan, PlanDateSchema } from '../method';
import { flag, parseArgs, requiredFlag } from './args';
import type { Command } from './command';
import { asOfOption, formatOption, langOption, readJsonInput } from './diagnose';
import { CliError } from './errors';
import { formatPlanReport } from './report';

export const planCommand: Command = {
  summary: 'Implementation plan to the next level (or --to-level): tasks with owners, dependencies and due dates',
  usage: 'ma-maturity plan [FILE|-] --start YYYY-MM-DD [--to-level N] [--lang ja|en] [--format json|text] [--as-of ISO-DATE]',
  run(argv, io) {
    const args = parseArgs(argv, ['start', 'to-level', 'lang', 'format', 'as-of']);
    const start = requiredFlag(args, 'start');
    if (!PlanDateSchema.safeParse(start).success) throw new CliError(`--start: "${start}" is not a date such as 2026-12-01 (YYYY-MM-DD)`);
    const toLevelText = flag(args, 'to-level');
    let toLevel: number | undefined;
    if (toLevelText !== undefined) {
      toLevel = Number(toLevelText);
      if (!/^[1-5]$/.test(toLevelText)) throw new CliError(`--to-level: "${toLevelText}" is not a level; use 1 to 5`);
    }
    const lang = langOption(args);
    const format = formatOption(args);
    // The diagnosis behind the plan is taken at --as-of, today by default (like `diagnose`).
    const asOf = asOfOption(args, io);
    const input = readJsonInput(args, io);
    const result = buildPlan(input, { start, lang, asOf, ...(toLevel === undefined ? {} : { toLevel }) });
    if (!result.ok) throw CliError.fromOptionIssues(result.issues, new Map([['start', '--start']]));
    return format === 'text' ? formatPlanReport(result.value) : JSON.stringify(result.value, null, 2);
  },
};
