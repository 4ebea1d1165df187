// `ma-maturity evaluate --program PROGRAM.json [LEADS.json|LEADS.ndjson|LEADS.csv|-] [--events EVENTS.csv]
//   --as-of ISO [--lang ja|en] [--explain] [--format json|ndjson|csv]`
import { fail, ok } from '../result';
import {
  STORED_DATED_FACTS,
  applyChanges,
  evaluateParsedLead,
  parseEngineAsOf,
  parseEvaluationLead,
  parseProgram,
  type LeadEvaluation,
  type StoredFactsInput,
} from '../rules';
import { parseArgs, requiredFlag } from './args';
import type { Command } from './command';
import { asOfFlag, fileIssues, langFlag, readJsonFile } from './leadTables';
import { openLeadInput } from './stream/input';
import { outputFormatFlag, type CsvCell, type RecordLayout } from './stream/output';
import { CliError } from './errors';
import { idRegister, streamRecords } from './stream/records';

/** The stored facts a CSV row carries as its own columns (beside the fields), as a JSON lead carries them in `facts`. */
const FACT_COLUMNS: readonly string[] = [...STORED_DATED_FACTS, 'rejectReason', 'definitionVersion', 'score', 'grade', 'escalationStep', 'source'];

/** A CSV lead's fact columns moved into `facts`, the shape the engine reads. */
function withFacts(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const facts = Object.fromEntries(entries.filter(([k]) => FACT_COLUMNS.includes(k)));
  return { ...Object.fromEntries(entries.filter(([k]) => !FACT_COLUMNS.includes(k))), facts };
}

interface Evaluated {
  result: LeadEvaluation;
  /** The facts as the CRM holds them once the changes are written. */
  after: StoredFactsInput;
}

/** A stored fact as a CSV cell (instants as ISO text). */
const cell = (value: unknown): CsvCell => (value instanceof Date ? value.toISOString() : (value as CsvCell));

/** The import columns: the engine's facts after the write (the first six as `score` writes them), the clock, and what to do now. */
const LAYOUT: RecordLayout<Evaluated> = {
  jsonKey: 'results',
  json: (e) => e.result,
  ndjson: (e) => e.result,
  csvColumns: ['id', 'score', 'grade', 'stage', 'mqlAt', 'definitionVersion', 'assignedAt', 'escalationStep', 'recycledAt', 'handoffStatus', 'minutesLeft', 'minutesOverdue', 'actions'],
  csv: ({ result, after }) => [
    result.id,
    cell(after.score),
    cell(after.grade),
    result.stage,
    cell(after.mqlAt),
    cell(after.definitionVersion),
    cell(after.assignedAt),
    cell(after.escalationStep),
    cell(after.recycledAt),
    result.handoff.status,
    result.handoff.minutesLeft,
    result.handoff.minutesOverdue,
    result.actions.map((a) => a.type).join(';'),
  ],
};

export const evaluateCommand: Command = {
  summary: 'The lead lifecycle engine: score, stage, handoff clock, and the facts to write and actions to take now',
  usage:
    'ma-maturity evaluate --program PROGRAM.json [LEADS.json|LEADS.ndjson|LEADS.csv|-] [--events EVENTS.csv] --as-of ISO [--lang ja|en] [--explain] [--format json|ndjson|csv]',
  run(argv, io) {
    const args = parseArgs(argv, ['program', 'as-of', 'lang', 'events', 'format'], ['explain']);
    const programFile = requiredFlag(args, 'program');
    // The engine stamps dates: the instant is always the caller's, never the machine's clock.
    requiredFlag(args, 'as-of');
    const when = parseEngineAsOf(asOfFlag(args, io));
    if (!when.ok) throw CliError.fromOptionIssues(when.issues, new Map([['asOf', '--as-of']]));
    const asOfMs = when.value;
    const lang = langFlag(args);
    const explain = args.flags.get('explain') === true;
    const format = outputFormatFlag(args);
    const program = parseProgram(readJsonFile(io, programFile, programFile));
    if (!program.ok) throw fileIssues(programFile, program.issues);
    const input = openLeadInput(args, io, FACT_COLUMNS);
    const repeated = idRegister();
    return streamRecords(io, input, format, LAYOUT, (value, record) => {
      const raw = input.kind === 'csv' ? withFacts(value) : value;
      const lead = parseEvaluationLead(raw);
      if (!lead.ok) return lead;
      const again = repeated(lead.value.lead.id, record);
      if (again) return fail([again]);
      const result = evaluateParsedLead(program.value, lead.value, asOfMs, { lang, explain });
      const stored = (raw as { facts?: StoredFactsInput }).facts ?? {};
      return ok({ result, after: applyChanges(stored, result.changes) });
    });
  },
};
