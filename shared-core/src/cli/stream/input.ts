// Leads read one at a time from FILE or stdin: a JSON document
// (`{"leads": [...]}` or a bare list, parsed whole: JSON has no record
// boundary to stop at), NDJSON (one lead object a line) or CSV (one lead a
// row, with `--events EVENTS.csv` joined as both files are read).
import { flag, type ParsedArgs } from '../args';
import { CliError } from '../errors';
import { parseJson, type CliIO } from '../io';
import { eventOfRow, IdRegister, leadOfRow } from '../leadTables';
import { csvRecordStream, type CsvRecord } from './csvRows';

/** One lead as read, before any validation. */
export interface SourceRecord {
  /** `{id?, fields, events, ...}` as JSON gives it, or as built from a CSV row and its events. */
  value: unknown;
  /**
   * Where it is, for messages. A JSON document gives a path prefix
   * (`leads[3]`, joined to the field's path); NDJSON and CSV give a place
   * (`line 4`, `row 5`), shown before the field's path.
   */
  where: string;
  whereIsPath: boolean;
}

export type InputKind = 'json' | 'ndjson' | 'csv';

export interface LeadInput {
  /** The file name, or `stdin`. */
  label: string;
  /** What the input is: a CSV row keeps its `topColumns` beside `fields`, as JSON leads carry them in their own shape. */
  kind: InputKind;
  records: Iterable<SourceRecord>;
}

/** FILE (or stdin) as text chunks: the injected reader when there is one, else the whole text at once. */
function chunksOf(io: CliIO, file: string | undefined, label: string): Iterable<string> {
  if (io.readChunks) return io.readChunks(file);
  return [file === undefined || file === '-' ? io.readStdin() : io.readFile(file)];
}

/** The chunks with a look at their start: read until the first line with text is complete (or the input ends). */
function peekFirstLine(chunks: Iterable<string>): { head: string; rest: Iterator<string> } {
  const rest = chunks[Symbol.iterator]();
  const parts: string[] = [];
  let seenText = false;
  // Each chunk is searched once, on its own: a JSON document on one long line is read in linear time.
  for (let next = rest.next(); !next.done; next = rest.next()) {
    const chunk = next.value;
    parts.push(chunk);
    const start = seenText ? 0 : chunk.search(/[^\s\uFEFF]/);
    if (start === -1) continue;
    seenText = true;
    if (chunk.indexOf('\n', start) !== -1) break;
  }
  const head = parts.join('');
  return { head: head.charCodeAt(0) === 0xfeff ? head.slice(1) : head, rest };
}

function* replay(head: string, rest: Iterator<string>): Generator<string> {
  if (head !== '') yield head;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/** NDJSON, not a JSON document: the first line alone is an object, and not `{"leads": ...}`. */
function looksLikeNdjson(head: string): boolean {
  if (/^\s*\{\s*"leads"\s*:/.test(head.slice(0, 200))) return false;
  const start = head.search(/\S/);
  const end = head.indexOf('\n', start);
  try {
    const first = JSON.parse(head.slice(start, end === -1 ? head.length : end)) as unknown;
    return typeof first === 'object' && first !== null && !Array.isArray(first) && !('leads' in first);
  } catch {
    return false;
  }
}

function kindOf(file: string | undefined, head: string): InputKind {
  const name = file?.toLowerCase() ?? '';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson';
  const start = head.trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return looksLikeNdjson(head) ? 'ndjson' : 'json';
  return name.endsWith('.json') ? 'json' : 'csv';
}

function* jsonDocument(text: string, label: string): Generator<SourceRecord> {
  const document = parseJson(text, label);
  const list = Array.isArray(document) ? document : (document as { leads?: unknown } | null)?.leads;
  if (!Array.isArray(list)) throw new CliError(`${label}: leads: expected a list of leads ({"leads": [...]} or [...])`);
  for (let i = 0; i < list.length; i++) yield { value: list[i], where: `leads[${i}]`, whereIsPath: true };
}

function* ndjsonLines(chunks: Iterable<string>, label: string): Generator<SourceRecord> {
  let carry = '';
  let lineNo = 0;
  const parse = (line: string): SourceRecord | null => {
    lineNo++;
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text.trim() === '') return null;
    try {
      return { value: JSON.parse(text), where: `line ${lineNo}`, whereIsPath: false };
    } catch (error) {
      throw new CliError(`${label}: line ${lineNo}: not valid JSON (${(error as Error).message})`);
    }
  };
  for (const chunk of chunks) {
    const text = carry + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      const record = parse(text.slice(start, end));
      if (record) yield record;
      start = end + 1;
    }
    carry = text.slice(start);
  }
  const last = parse(carry);
  if (last) yield last;
}

/** The rows of an events CSV, one lead's group at a time, in file order. */
class EventCursor {
  private readonly rows: Iterator<CsvRecord>;
  /** The next event not yet given to a lead. */
  next: { leadId: string; event: unknown; row: number } | null = null;

  constructor(
    rows: Iterable<CsvRecord>,
    readonly label: string,
  ) {
    this.rows = rows[Symbol.iterator]();
    this.advance();
  }

  private advance(): void {
    const step = this.rows.next();
    this.next = step.done ? null : { ...eventOfRow(step.value.record, this.label), row: step.value.row };
  }

  /** The events at the cursor that belong to `leadId`, taken. */
  take(leadId: string): unknown[] {
    const events: unknown[] = [];
    while (this.next !== null && this.next.leadId === leadId) {
      events.push(this.next.event);
      this.advance();
    }
    return events;
  }
}

/**
 * CSV leads with their events joined as both files are read, so neither is
 * held whole: the events must come grouped by lead, in the order of the leads
 * file (both exported sorted by id, say). An event whose lead came earlier,
 * or is not in the leads file at all, stops the run with its row.
 */
function* csvLeads(chunks: Iterable<string>, label: string, topColumns: readonly string[], openEvents: (() => EventCursor) | null): Generator<SourceRecord> {
  const ids = new IdRegister(label);
  const events = openEvents ? openEvents() : null;
  for (const { record, row } of csvRecordStream(chunks, label)) {
    const lead = leadOfRow(record, row, label, topColumns);
    const id = lead.id as string;
    ids.add(id, `row ${row}`);
    if (events) {
      lead.events = events.take(id);
      const waiting = events.next;
      if (waiting !== null && ids.has(waiting.leadId)) {
        throw new CliError(
          `${events.label}: row ${waiting.row}: the events of lead "${waiting.leadId}" come after those of later leads; group the events by lead in the order of the leads file (for example, sort both by id)`,
        );
      }
    }
    yield { value: lead, where: `row ${row}`, whereIsPath: false };
  }
  const left = events?.next;
  if (left) throw new CliError(`${(events as EventCursor).label}: row ${left.row}: no lead with id "${left.leadId}" in the leads file`);
}

/**
 * The leads of the command's one input (FILE or stdin), record by record.
 * `topColumns` are the CSV columns kept beside `fields` (recorded facts).
 */
export function openLeadInput(args: ParsedArgs, io: CliIO, topColumns: readonly string[]): LeadInput {
  if (args.positionals.length > 1) throw new CliError(`give one input file, not ${args.positionals.length}`);
  const file = args.positionals[0];
  const label = file === undefined || file === '-' ? 'stdin' : file;
  const { head, rest } = peekFirstLine(chunksOf(io, file, label));
  const chunks = replay(head, rest);
  const kind = kindOf(file, head);
  const eventsFile = flag(args, 'events');
  if (eventsFile && kind !== 'csv') throw new CliError('--events: only used with a CSV leads file; in JSON, give each lead its "events"');
  const nonEmpty = (records: Iterable<SourceRecord>): Iterable<SourceRecord> => refuseEmpty(records, head, label);
  if (kind === 'json') return { label, kind, records: nonEmpty(jsonDocument(Array.from(chunks).join(''), label)) };
  if (kind === 'ndjson') return { label, kind, records: nonEmpty(ndjsonLines(chunks, label)) };
  const events = eventsFile ? (): EventCursor => new EventCursor(csvRecordStream(chunksOf(io, eventsFile, eventsFile), eventsFile), eventsFile) : null;
  return { label, kind, records: nonEmpty(csvLeads(chunks, label, topColumns, events)) };
}

/** An empty input is refused as `readInput` refuses it, before anything is read. */
function* refuseEmpty(records: Iterable<SourceRecord>, head: string, label: string): Generator<SourceRecord> {
  if (head.trim() === '') throw new CliError(`${label}: the input is empty`);
  yield* records;
}
