// Reading leads for `score`, `backtest` and `kpi`: JSON, or CSV (a leads
// table plus an optional events table) turned into the same JSON shapes.
import { parseInstant } from '../dates';
import type { Issue } from '../result';
import { flag, type ParsedArgs } from './args';
import { cellValue, csvRecords } from './csv';
import { CliError } from './errors';
import { parseJson, readInput, type CliIO } from './io';

/** Columns of a history CSV that are outcomes, not lead fields. */
const HISTORY_COLUMNS = ['scoredAt', 'opportunity', 'won', 'opportunityAt', 'wonAt'] as const;

const looksLikeJson = (text: string): boolean => /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));

/** `--as-of`, or now from the CLI's clock (the core never reads it). */
export function asOfFlag(args: ParsedArgs, io: CliIO): string {
  const asOf = flag(args, 'as-of');
  if (asOf === undefined) return io.now().toISOString();
  if (Number.isNaN(parseInstant(asOf))) throw new CliError(`--as-of: "${asOf}" is not an ISO date such as 2026-11-27 or 2026-11-27T09:00:00Z`);
  return asOf;
}

export function langFlag(args: ParsedArgs): 'ja' | 'en' {
  const lang = flag(args, 'lang') ?? 'ja';
  if (lang !== 'ja' && lang !== 'en') throw new CliError(`--lang: "${lang}" is not a language; use ja or en`);
  return lang;
}

/** JSON text, without the BOM some Windows editors write first. */
const json = (text: string, label: string): unknown => parseJson(text.replace(/^\uFEFF/, ''), label);

export function readJsonFile(io: CliIO, file: string, label: string): unknown {
  return json(readInput(io, file, label), label);
}

function oneInput(args: ParsedArgs): string | undefined {
  if (args.positionals.length > 1) throw new CliError(`give one input file, not ${args.positionals.length}`);
  return args.positionals[0];
}

type Row = Record<string, string>;

function rowsToLeads(rows: Row[], label: string, outcomeColumns: readonly string[]): Record<string, unknown>[] {
  const seen = new Map<string, number>();
  return rows.map((row, i) => {
    const id = row.id?.trim();
    if (!id) throw new CliError(`${label}: row ${i + 2}: the "id" column is required and must not be empty`);
    // Events are attached by id, so an id may appear only once.
    const first = seen.get(id);
    if (first !== undefined) throw new CliError(`${label}: row ${i + 2}: the id "${id}" is already used in row ${first}`);
    seen.set(id, i + 2);
    const lead: Record<string, unknown> = { id, fields: {}, events: [] };
    const fields = lead.fields as Record<string, unknown>;
    for (const [name, cell] of Object.entries(row)) {
      if (name === 'id') continue;
      const value = cellValue(cell);
      if (value === undefined) continue;
      if (outcomeColumns.includes(name)) lead[name] = value;
      else fields[name] = value;
    }
    return lead;
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
    const props: Record<string, unknown> = {};
    for (const [name, cell] of Object.entries(row)) {
      if (['leadId', 'lead_id', 'type', 'at'].includes(name)) continue;
      const value = cellValue(cell);
      if (value !== undefined) props[name] = value;
    }
    (lead.events as unknown[]).push({ type: row.type.trim(), at: row.at.trim(), props });
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
    return json(text, label);
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
  if (looksLikeJson(text) && !file?.toLowerCase().endsWith('.csv')) return json(text, label);
  const leads = csvRecords(text, label).map((row) => {
    const lead: Record<string, unknown> = {};
    for (const [name, cell] of Object.entries(row)) {
      if (cell.trim() === '') continue;
      lead[name] = name === 'definitionVersion' ? cellValue(cell) : cell.trim();
    }
    return lead;
  });
  return { leads };
}

/** Issues of one input file, one line each: `FILE: path: message`. */
export function fileIssues(file: string, issues: Issue[]): CliError {
  return new CliError(issues.map((i) => `${file}: ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n'));
}
