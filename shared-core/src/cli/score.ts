// `ma-maturity score --model MODEL.json [LEADS.json|LEADS.ndjson|LEADS.csv|-] [--events EVENTS.csv]
//   [--as-of ISO] [--format json|ndjson|csv] [--program PROGRAM.json]`
import { parseInstant } from '../dates';
import { fail, ok, parseWith } from '../result';
import {
  RECORDED_FACT_KEYS,
  StoredFactsSchema,
  compileModel,
  evaluateParsedLead,
  parseProgram,
  parseScoringLead,
  recordedFacts,
  writebackRow,
  type Program,
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

/** `--program`: the agreed set and handoff rules under which the lifecycle engine stamps MQLs (the run's model scores). */
function readProgram(io: CliIO, file: string | undefined, model: unknown): Program | undefined {
  if (file === undefined) return undefined;
  const raw = readJsonFile(io, file, file);
  const program = parseProgram(typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...raw, model } : raw);
  if (!program.ok) throw fileIssues(file, program.issues);
  return program.value;
}

/** The recorded facts of a raw lead, as the engine reads them. */
const storedFactsOf = (value: unknown) =>
  parseWith(StoredFactsSchema, Object.fromEntries(RECORDED_FACT_KEYS.flatMap((k) => { const v = (value as Record<string, unknown>)[k]; return v === undefined ? [] : [[k, v]]; })));

export const scoreCommand: Command = {
  summary: 'Scores leads with a scoring model: fit, engagement, total, grade, MQL, the rules that counted; ndjson or csv streams an import file',
  usage:
    'ma-maturity score --model MODEL.json [LEADS.json|LEADS.ndjson|LEADS.csv|-] [--events EVENTS.csv] [--as-of ISO] [--format json|ndjson|csv] [--program PROGRAM.json]',
  run(argv, io) {
    const args = parseArgs(argv, ['model', 'events', 'as-of', 'format', 'program']);
    const modelFile = requiredFlag(args, 'model');
    const asOfMs = parseInstant(asOfFlag(args, io));
    const format = outputFormatFlag(args);
    const model = readModel(io, modelFile);
    const compiled = compileModel(model);
    const program = readProgram(io, flag(args, 'program'), model);
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
      if (!program) return ok({ result, row: writebackRow(result, facts.value, asOfMs) });
      // The MQL stamp is the lifecycle engine's, under the agreed set.
      const stored = storedFactsOf(value);
      if (!stored.ok) return stored;
      const evaluation = evaluateParsedLead(program, { lead: { ...lead.value, id: lead.value.id as string }, facts: stored.value }, asOfMs);
      return ok({ result, row: writebackRow(result, facts.value, asOfMs, evaluation) });
    });
  },
};
