// `ma-maturity backtest --model M.json [--compare M2.json] HISTORY [--events EVENTS.csv] [--as-of ISO]
//   [--target-volume N] [--target-precision P] [--band-width W]`
import { backtest, compareModels, type BacktestOptions } from '../rules/learn';
import { flag, parseArgs, requiredFlag } from './args';
import type { Command } from './command';
import { CliError } from './errors';
import type { CliIO } from './io';
import { givenAsOf, readHistory } from './leadTables';
import { flagIssues, numberFlag, readModel } from './options';

/** Progress on stderr, only on a terminal, so piped output stays clean. */
function progress(io: CliIO): BacktestOptions['onProgress'] {
  if (!io.isTTY) return undefined;
  return (done, total) => {
    io.stderr(`\rbacktest: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} leads`);
    if (done === total) io.stderr('\n');
  };
}

export const backtestCommand: Command = {
  summary: 'Runs a model (or two, side by side) over past leads with outcomes: conversion by band and grade, MQL lift, suggested threshold',
  usage:
    'ma-maturity backtest --model M.json [--compare M2.json] [HISTORY.json|HISTORY.csv|-] [--events EVENTS.csv] [--as-of ISO] [--target-volume N] [--target-precision 0..1] [--band-width W]',
  run(argv, io) {
    const args = parseArgs(argv, ['model', 'compare', 'events', 'as-of', 'target-volume', 'target-precision', 'band-width']);
    const modelFile = requiredFlag(args, 'model');
    const compareFile = flag(args, 'compare');
    const asOf = givenAsOf(args);
    const model = readModel(io, modelFile);
    const other = compareFile === undefined ? undefined : readModel(io, compareFile);
    const history = readHistory(args, io);
    const options: BacktestOptions = {};
    if (asOf !== undefined) options.asOf = asOf;
    const volume = numberFlag(flag(args, 'target-volume'), 'target-volume');
    const precision = numberFlag(flag(args, 'target-precision'), 'target-precision');
    const width = numberFlag(flag(args, 'band-width'), 'band-width');
    if (volume !== undefined) options.targetMqlVolume = volume;
    if (precision !== undefined) options.targetPrecision = precision;
    if (width !== undefined) options.bandWidth = width;
    const onProgress = progress(io);
    if (onProgress) options.onProgress = onProgress;
    const flagNames: Record<string, string> = { targetMqlVolume: '--target-volume', targetPrecision: '--target-precision', bandWidth: '--band-width', asOf: '--as-of' };
    const fail = (issues: { path: string; code: string; message: string }[]) => flagIssues(issues, flagNames);
    if (other === undefined) {
      const report = backtest(model, history, options);
      if (!report.ok) throw fail(report.issues);
      return JSON.stringify(report.value, null, 2);
    }
    const comparison = compareModels(model, other, history, options);
    if (!comparison.ok) throw fail(comparison.issues);
    return JSON.stringify(comparison.value, null, 2);
  },
};
