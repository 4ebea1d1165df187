// Reading a history for `backtest` and `suggest` and lead facts for `kpi`: JSON,
// or CSV (a leads table plus an optional events table) turned into the same
// JSON shapes; the CSV helpers serve `score`'s record-by-record reading too.
import { readInstant } from '../dates';
import type { Issue } from '../result';
import { duplicateIds } from '../rules';
import { flag, type ParsedArgs } from './args';
import { cellValue, csvRecords } from './csv';
import { csvRecordStream } from './stream/csvRows';
import { CliError } from './errors';
import { parseJson, readInput, type CliIO } from './io';

/** Columns of a history CSV that are outcomes, not lead fields. */
const HISTORY_COLUMNS = ['scoredAt', 'opportunity', 'won', 'opportunityAt', 'wonAt'] as const;

// readInput has dropped a BOM already.
const looksLikeJson = (text: string): boolean => /^\s*[[{]/.test(text);

/** `--as-of` as given, checked (a date not in the calendar is refused), or undefined. */
export function givenAsOf(args: ParsedArgs): string | undefined {
  const asOf = flag(args, 'as-of');
  if (asOf === undefined) return undefined;
  const read = readInstant(asOf);
  if (!read.ok) throw new CliError(`--as-of: ${read.message}`);
  return asOf;
}

/** `--as-of`, or now from the CLI's clock (the core never reads it). */
export function asOfFlag(args: ParsedArgs, io: CliIO): string {
  return givenAsOf(args) ?? io.now().toISOString();
}

export function langFlag(args: ParsedArgs): 'ja' | 'en' {
  const lang = flag(args, 'lang') ?? 'ja';
  if (lang !== 'ja' && lang !== 'en') throw new CliError(`--lang: "${lang}" is not a language; use ja or en`);
  return lang;
}

export function readJsonFile(io: CliIO, file: string, label: string): unknown {
  return parseJson(readInput(io, file, label), label);
}


function oneInput(args: ParsedArgs): string | undefined {
  if (args.positionals.length > 1) throw new CliError(`give one input file, not ${args.positionals.length}`);
  return args.positionals[0];
}

type Row = Record<string, string>;

/**
 * A lead from one CSV row: `id` is required; the `topColumns` (outcomes of a
 * history, recorded facts) stay beside `fields`, every other column is a field.
 */
export function leadOfRow(row: Row, rowNo: number, label: string, topColumns: readonly string[]): Record<string, unknown> {
  const id = row.id?.trim();
  if (!id) throw new CliError(`${label}: row ${rowNo}: the "id" column is required and must not be empty`);
  const top: [string, unknown][] = [];
  const fields: [string, unknown][] = [];
  for (const [name, cell] of Object.entries(row)) {
    if (name === 'id') continue;
    const value = cellValue(cell);
    if (value === undefined) continue;
    (topColumns.includes(name) ? top : fields).push([name, value]);
  }
  return recordOf([['id', id], ['fields', recordOf(fields)], ['events', []], ...top]);
}

/** Own properties built from CSV names, so a column named "__proto__" or "constructor" is a field like any other. */
const recordOf = (entries: [string, unknown][]): Record<string, unknown> => Object.fromEntries(entries);

/** Events are attached by id, so an id may appear only once: remembers where each was first seen. */
export class IdRegister {
  private readonly seen = new Map<string, string>();

  constructor(private readonly label: string) {}

  add(id: string, where: string): void {
    const first = this.seen.get(id);
    if (first !== undefined) throw new CliError(`${this.label}: ${where}: the id "${id}" is already used in ${first}`);
    this.seen.set(id, where);
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }
}

const EVENT_KEYS = ['leadId', 'lead_id', 'type', 'at'];

/** One event from a row of an events CSV (`leadId`, `type`, `at`, props columns). */
export function eventOfRow(row: Row, label: string): { leadId: string; event: { type: string; at: string; props: Record<string, unknown> } } {
  const leadId = (row.leadId ?? row.lead_id)?.trim();
  if (leadId === undefined) throw new CliError(`${label}: a "leadId" column is required`);
  if (row.type === undefined || row.at === undefined) throw new CliError(`${label}: "type" and "at" columns are required`);
  const props: [string, unknown][] = [];
  for (const [name, cell] of Object.entries(row)) {
    if (EVENT_KEYS.includes(name)) continue;
    const value = cellValue(cell);
    if (value !== undefined) props.push([name, value]);
  }
  return { leadId, event: { type: row.type.trim(), at: row.at.trim(), props: recordOf(props) } };
}

function rowsToLeads(text: string, label: string, topColumns: readonly string[]): Record<string, unknown>[] {
  const ids = new IdRegister(label);
  return Array.from(csvRecordStream([text], label), ({ record, row }) => {
    const lead = leadOfRow(record, row, label, topColumns);
    ids.add(lead.id as string, `row ${row}`);
    return lead;
  });
}

function attachEvents(leads: Record<string, unknown>[], text: string, label: string): void {
  const byId = new Map(leads.map((l) => [l.id as string, l]));
  for (const { record, row } of csvRecordStream([text], label)) {
    const { leadId, event } = eventOfRow(record, label);
    const lead = byId.get(leadId);
    if (!lead) throw new CliError(`${label}: row ${row}: no lead with id "${leadId}" in the leads file`);
    (lead.events as unknown[]).push(event);
  }
}

/**
 * A history (for `backtest` and `suggest`) from FILE or stdin, as JSON or CSV
 * (outcome columns beside the fields); `--events FILE.csv` adds the events of
 * a CSV table, in any order. Held whole: a backtest ranks every lead. (`score`
 * reads its leads one at a time: stream/input.ts.)
 */
export function readHistory(args: ParsedArgs, io: CliIO): unknown {
  const file = oneInput(args);
  const label = file === undefined || file === '-' ? 'stdin' : file;
  const text = readInput(io, file, label);
  const eventsFile = flag(args, 'events');
  if (looksLikeJson(text) && !file?.toLowerCase().endsWith('.csv')) {
    if (eventsFile) throw new CliError('--events: only used with a CSV leads file; in JSON, give each lead its "events"');
    return parseJson(text, label);
  }
  const leads = rowsToLeads(text, label, HISTORY_COLUMNS);
  if (eventsFile) attachEvents(leads, readInput(io, eventsFile, eventsFile), eventsFile);
  return { leads };
}

/** Lead facts for `kpi`, as JSON or as CSV with one column per fact. */
export function readFacts(args: ParsedArgs, io: CliIO): unknown {
  const file = oneInput(args);
  const label = file === undefined || file === '-' ? 'stdin' : file;
  const text = readInput(io, file, label);
  if (looksLikeJson(text) && !file?.toLowerCase().endsWith('.csv')) return parseJson(text, label);
  const rows = csvRecords(text, label);
  const repeated = duplicateIds(rows.map((row) => row.id?.trim() || undefined));
  if (repeated.length) throw new CliError(repeated.map((d) => `${label}: row ${d.index + 2}: the id "${d.id}" is already used in row ${d.first + 2}`).join('\n'));
  const leads = rows.map((row) =>
    recordOf(
      Object.entries(row)
        .filter(([, cell]) => cell.trim() !== '')
        .map(([name, cell]): [string, unknown] => [name, name === 'definitionVersion' ? cellValue(cell) : cell.trim()]),
    ),
  );
  return { leads };
}

/** Issues of one input file, one line each: `FILE: path: message`. */
export function fileIssues(file: string, issues: Issue[]): CliError {
  return new CliError(issues.map((i) => `${file}: ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n'));
}
