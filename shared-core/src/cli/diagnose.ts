// `ma-maturity diagnose [FILE|-] [--lang ja|en] [--format json|text] [--as-of ISO-DATE]`
import { isoDate } from '../dates';
import type { Lang } from '../i18n';
import { diagnose } from '../method';
import { flag, parseArgs, type ParsedArgs } from './args';
import type { Command } from './command';
import { CliError } from './errors';
import { parseJson, readInput, type CliIO } from './io';
import { givenAsOf } from './leadTables';
import { formatDiagnosisReport } from './report';

export function langOption(args: ParsedArgs): Lang {
  const lang = flag(args, 'lang') ?? 'ja';
  if (lang !== 'ja' && lang !== 'en') throw new CliError(`--lang: "${lang}" is not a language; use ja or en`);
  return lang;
}

export function formatOption(args: ParsedArgs): 'json' | 'text' {
  const format = flag(args, 'format') ?? 'json';
  if (format !== 'json' && format !== 'text') throw new CliError(`--format: "${format}" is not a format; use json or text`);
  return format;
}

/** `--as-of`, or today from the CLI's clock (the core never reads it). */
export function asOfOption(args: ParsedArgs, io: CliIO): string {
  return givenAsOf(args) ?? isoDate(io.now().getTime());
}

/** The one optional FILE (or `-`), read and parsed as JSON. */
export function readJsonInput(args: ParsedArgs, io: CliIO): unknown {
  if (args.positionals.length > 1) throw new CliError(`give one input file, not ${args.positionals.length}`);
  const file = args.positionals[0];
  const label = file === undefined || file === '-' ? 'stdin' : file;
  return parseJson(readInput(io, file, label), label);
}

export const diagnoseCommand: Command = {
  summary: 'MA maturity from the 15-item checklist: level, gaps, contradictions, failure patterns, benchmark',
  usage: 'ma-maturity diagnose [FILE|-] [--lang ja|en] [--format json|text] [--as-of ISO-DATE]',
  run(argv, io) {
    const args = parseArgs(argv, ['lang', 'format', 'as-of']);
    const lang = langOption(args);
    const format = formatOption(args);
    const asOf = asOfOption(args, io);
    const input = readJsonInput(args, io);
    const result = diagnose(input, { asOf, lang });
    if (!result.ok) throw CliError.fromIssues(result.issues);
    return format === 'text' ? formatDiagnosisReport(result.value) : JSON.stringify(result.value, null, 2);
  },
};
