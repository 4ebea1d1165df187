// `ma-maturity suggest --model MODEL.json HISTORY [--events EVENTS.csv] [--target won|opportunity]
//   [--target-mql-volume N | --target-precision P] [--hold-out SHARE] --as-of ISO [--lang ja|en]`
import { suggestModel, type SuggestOptions, type SuggestTarget } from '../rules/learn';
import { flag, parseArgs, requiredFlag } from './args';
import type { Command } from './command';
import { CliError } from './errors';
import type { CliIO } from './io';
import { asOfFlag, langFlag, readHistory } from './leadTables';
import { flagIssues, numberFlag, readModel } from './options';

function targetFlag(value: string | undefined): SuggestTarget | undefined {
  if (value === undefined || value === 'won' || value === 'opportunity') return value;
  throw new CliError(`--target: "${value}" is not a target; use won or opportunity`);
}

const historyLabel = (file: string | undefined): string => (file === undefined || file === '-' ? 'stdin' : file);

export const suggestCommand: Command = {
  summary: 'Suggests new points and an MQL threshold for the same rules, learned from past deal outcomes and judged on held-out newer leads',
  usage:
    'ma-maturity suggest --model MODEL.json [HISTORY.json|HISTORY.csv|-] [--events EVENTS.csv] [--target won|opportunity] [--target-mql-volume N | --target-precision 0..1] [--hold-out 0.1..0.5] --as-of ISO [--lang ja|en]',
  run(argv: string[], io: CliIO) {
    const args = parseArgs(argv, ['model', 'events', 'target', 'target-mql-volume', 'target-precision', 'hold-out', 'as-of', 'lang']);
    const modelFile = requiredFlag(args, 'model');
    // A suggestion must not depend on the day it is run: the moment is given, not read from the clock.
    requiredFlag(args, 'as-of');
    const options: SuggestOptions = { asOf: asOfFlag(args, io), lang: langFlag(args) };
    const target = targetFlag(flag(args, 'target'));
    if (target) options.target = target;
    const volume = numberFlag(flag(args, 'target-mql-volume'), 'target-mql-volume');
    const precision = numberFlag(flag(args, 'target-precision'), 'target-precision');
    const holdOut = numberFlag(flag(args, 'hold-out'), 'hold-out');
    if (volume !== undefined) options.targetMqlVolume = volume;
    if (precision !== undefined) options.targetPrecision = precision;
    if (holdOut !== undefined) options.holdOut = holdOut;
    const model = readModel(io, modelFile);
    const history = readHistory(args, io);
    const suggestion = suggestModel(model, history, options);
    if (!suggestion.ok) {
      const label = historyLabel(args.positionals[0]);
      throw flagIssues(
        suggestion.issues.map((i) => ({ ...i, path: i.path.replace(/^model\./, `${modelFile}: `).replace(/^(history|leads\[)/, `${label}: $1`) })),
        { targetMqlVolume: '--target-mql-volume', targetPrecision: '--target-precision', holdOut: '--hold-out', target: '--target', asOf: '--as-of' },
      );
    }
    return JSON.stringify(suggestion.value, null, 2);
  },
};
