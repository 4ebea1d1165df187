// `ma-maturity score --model MODEL.json [LEADS.json|LEADS.csv|-] [--events EVENTS.csv] [--as-of ISO]`
import { parseScoringModel, scoreLeads } from '../rules';
import { parseArgs, requiredFlag } from './args';
import type { Command } from './command';
import { CliError } from './errors';
import { asOfFlag, readJsonFile, readLeads, fileIssues } from './leadTables';

export const scoreCommand: Command = {
  summary: 'Scores leads with a scoring model: fit, engagement, total, grade, MQL, and the rules that counted',
  usage: 'ma-maturity score --model MODEL.json [LEADS.json|LEADS.csv|-] [--events EVENTS.csv] [--as-of ISO]',
  run(argv, io) {
    const args = parseArgs(argv, ['model', 'events', 'as-of']);
    const modelFile = requiredFlag(args, 'model');
    const asOf = asOfFlag(args, io);
    const model = parseScoringModel(readJsonFile(io, modelFile, modelFile));
    if (!model.ok) throw fileIssues(modelFile, model.issues);
    const leads = readLeads(args, io, 'leads');
    const scored = scoreLeads(model.value, leads, asOf);
    if (!scored.ok) throw CliError.fromIssues(scored.issues);
    return JSON.stringify({ results: scored.value }, null, 2);
  },
};
