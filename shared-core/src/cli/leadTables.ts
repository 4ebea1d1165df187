// Reading leads for `score`, `backtest` and `kpi`: JSON, or CSV (a leads
// table plus an optional events table) turned into the same JSON shapes.
import { readInstant } from '../dates';
import type { Issue } from '../result';
import { duplicateIds } from '../rules';
import { flag, type ParsedArgs } from './args';
import { cellValue, csvRecords } from './csv';
import { CliError } from './errors';
import { parseJson, readInput, type CliIO } from './io';

/** Columns of a history CSV that are outcomes, not lead fields. */
const HISTORY_COLUMNS = ['scoredAt', 'opportunity', 'won', 'opportunityAt', 'wonAt'] as const;

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

/** Leads are matched by id (results, events, facts), so a CSV id may appear only once: the same check as for JSON. */
function refuseRepeatedIds(ids: readonly (string | undefined)[], label: string): void {
  const repeated = duplicateIds(ids);
  if (repeated.length === 0) return;
  throw new CliError(repeated.map((d) => `${label}: row ${d.index + 2}: the id "${d.id}" is already used in row ${d.first + 2}`).join('\n'));
}

/** Own properties built from CSV names, so a column named "__proto__" or "constructor" is a field like any other. */
const recordOf = (entries: [string, unknown][]): Record<string, unknown> => Object.fromEntries(entries);

function rowsToLeads(rows: Row[], label: string, outcomeColumns: readonly string[]): Record<string, unknown>[] {
  const ids = rows.map((row, i) => {
    const id = row.id?.trim();
    if (!id) throw new CliError(`${label}: row ${i + 2}: the "id" column is required and must not be empty`);
    return id;
  });
  refuseRepeatedIds(ids, label);
  return rows.map((row, i) => {
    const outcomes: [string, unknown][] = [];
    const fields: [string, unknown][] = [];
    for (const [name, cell] of Object.entries(row)) {
      if (name === 'id') continue;
      const value = cellValue(cell);
      if (value === undefined) continue;
      (outcomeColumns.includes(name) ? outcomes : fields).push([name, value]);
    }
    return recordOf([['id', ids[i]], ['fields', recordOf(fields)], ['events', []], ...outcomes]);
  });
}

function attachEvents(leads: Record<string, unknown>[], text: string, label: string): void {
  const byId = new Map(leads.map((l) => [l.id as string, l]));
  csvRecords(text, label).forEach((row, i) => {
    const leadId = (row.leadId ?? row.lead_id)?.trim();
    const rowNo = i + 2;
    if (leadId === undefined) throw new CliError(`${label}: a "leadId" column is required`);
    if (row.type === undefined || row.at === undefined) throw new CliError(`${label}: "type" and "at" columns are required`);
    const lead = byId.get(leadId);
    if (!lead) throw new CliError(`${label}: row ${rowNo}: no lead with id "${leadId}" in the leads file`);
    const props: [string, unknown][] = [];
    for (const [name, cell] of Object.entries(row)) {
      if (['leadId', 'lead_id', 'type', 'at'].includes(name)) continue;
      const value = cellValue(cell);
      if (value !== undefined) props.push([name, value]);
    }
    (lead.events as unknown[]).push({ type: row.type.trim(), at: row.at.trim(), props: recordOf(props) });
  });
}

/**
 * Leads (for `score`) or a history (for `backtest`) from FILE or stdin, as
 * JSON or CSV; `--events FILE.csv` adds the events of a CSV leads table.
 */
export function readLeads(args: ParsedArgs, io: CliIO, kind: 'leads' | 'history'): unknown {
  const file = oneInput(args);
  const label = file === undefined || file === '-' ? 'stdin' : file;
  const text = readInput(io, file, label);
  const eventsFile = flag(args, 'events');
  if (looksLikeJson(text) && !file?.toLowerCase().endsWith('.csv')) {
    if (eventsFile) throw new CliError('--events: only used with a CSV leads file; in JSON, give each lead its "events"');
    return parseJson(text, label);
  }
  const leads = rowsToLeads(csvRecords(text, label), label, kind === 'history' ? HISTORY_COLUMNS : []);
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
  refuseRepeatedIds(rows.map((row) => row.id?.trim() || undefined), label);
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
