// `ma-maturity evaluate --program PROGRAM.json [LEADS.json|-] --as-of ISO [--lang ja|en] [--explain]`
import { evaluateLeads, parseProgram } from '../rules';
import { parseArgs, requiredFlag } from './args';
import type { Command } from './command';
import { CliError } from './errors';
import { asOfFlag, fileIssues, langFlag, readJsonFile } from './leadTables';

export const evaluateCommand: Command = {
  summary: 'The lead lifecycle engine: score, stage, handoff clock, and the facts to write and actions to take now',
  usage: 'ma-maturity evaluate --program PROGRAM.json [LEADS.json|-] --as-of ISO [--lang ja|en] [--explain]',
  run(argv, io) {
    const args = parseArgs(argv, ['program', 'as-of', 'lang'], ['explain']);
    const programFile = requiredFlag(args, 'program');
    // The engine stamps dates: the instant is always the caller's, never the machine's clock.
    requiredFlag(args, 'as-of');
    const asOf = asOfFlag(args, io);
    const lang = langFlag(args);
    if (args.positionals.length > 1) throw new CliError(`give one leads file, not ${args.positionals.length}`);
    const file = args.positionals[0];
    const program = readJsonFile(io, programFile, programFile);
    const parsed = parseProgram(program);
    if (!parsed.ok) throw fileIssues(programFile, parsed.issues);
    const leads = readJsonFile(io, file ?? '-', file === undefined || file === '-' ? 'stdin' : file);
    const evaluated = evaluateLeads(program, leads, asOf, { lang, explain: args.flags.get('explain') === true });
    if (!evaluated.ok) throw CliError.fromIssues(evaluated.issues);
    return JSON.stringify(evaluated.value, null, 2);
  },
};
