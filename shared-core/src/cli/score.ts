// `ma-maturity score --model MODEL.json [LEADS.json|LEADS.ndjson|LEADS.csv|-] [--events EVENTS.csv]
//   [--as-of ISO] [--format json|ndjson|csv] [--definitions SET.json]`
import { parseInstant } from '../dates';
import { fail, ok, parseWith } from '../result';
import {
  DefinitionSetSchema,
  RECORDED_FACT_KEYS,
  compileModel,
  parseScoringLead,
  recordedFacts,
  writebackRow,
  type DefinitionSet,
  type ScoreResult,
  type WritebackRow,
} from '../rules';
import { flag, parseArgs, requiredFlag } from './args';
import type { Command } from './command';
import type { CliIO } from './io';
import { asOfFlag, fileIssues, readJsonFile } from './leadTables';
import { readModel } from './options';
import { openLeadInput } from './stream/input';
import { outputFormatFlag, type RecordLayout } from './stream/output';
import { idRegister, streamRecords } from './stream/records';

interface ScoredLead {
  result: ScoreResult;
  row: WritebackRow;
}

/** The import columns (id, score, grade, stage, MQL date, definition version); the score as MA_Score__c holds it, one decimal. */
const LAYOUT: RecordLayout<ScoredLead> = {
  jsonKey: 'results',
  json: (s) => s.result,
  ndjson: (s) => ({ ...s.result, stage: s.row.stage, mqlAt: s.row.mqlAt, definitionVersion: s.row.definitionVersion }),
  csvColumns: ['id', 'score', 'grade', 'stage', 'mqlAt', 'definitionVersion'],
  csv: ({ row }) => [row.id, Math.round(row.score * 10) / 10, row.grade, row.stage, row.mqlAt, row.definitionVersion],
};

function readDefinitions(io: CliIO, file: string | undefined): DefinitionSet | undefined {
  if (file === undefined) return undefined;
  const set = parseWith(DefinitionSetSchema, readJsonFile(io, file, file));
  if (!set.ok) throw fileIssues(file, set.issues);
  return set.value;
}

export const scoreCommand: Command = {
  summary: 'Scores leads with a scoring model: fit, engagement, total, grade, MQL, the rules that counted; ndjson or csv streams an import file',
  usage:
    'ma-maturity score --model MODEL.json [LEADS.json|LEADS.ndjson|LEADS.csv|-] [--events EVENTS.csv] [--as-of ISO] [--format json|ndjson|csv] [--definitions SET.json]',
  run(argv, io) {
    const args = parseArgs(argv, ['model', 'events', 'as-of', 'format', 'definitions']);
    const modelFile = requiredFlag(args, 'model');
    const asOfMs = parseInstant(asOfFlag(args, io));
    const format = outputFormatFlag(args);
    const compiled = compileModel(readModel(io, modelFile));
    const definitions = readDefinitions(io, flag(args, 'definitions'));
    // Recorded facts (mqlAt, salAt ...) are kept beside the fields of a CSV lead, as JSON leads carry them.
    const input = openLeadInput(args, io, RECORDED_FACT_KEYS);
    const repeated = idRegister();
    return streamRecords(io, input, format, LAYOUT, (value, record) => {
      // A lead in a list needs an id, used once.
      const lead = parseScoringLead(value, '', true);
      if (!lead.ok) return lead;
      const again = repeated(lead.value.id as string, record);
      if (again) return fail([again]);
      const facts = recordedFacts(value, lead.value.fields);
      if (!facts.ok) return facts;
      const result = compiled.score(lead.value, asOfMs);
      return ok({ result, row: writebackRow(result, facts.value, asOfMs, definitions) });
    });
  },
};
