// The frame of a command that answers lead by lead (`score`; `evaluate` and
// any other per-lead command plug in the same way):
//
//   run(argv, io) {
//     const args = parseArgs(argv, [...yourFlags, 'events', 'format']);
//     const input = openLeadInput(args, io, FACT_COLUMNS);   // JSON, NDJSON or CSV (+ --events), record by record
//     return streamRecords(io, input, outputFormatFlag(args), LAYOUT, (value) => yourCoreFunction(value, ...));
//   }
//
// where LAYOUT (a RecordLayout) says how a row looks as JSON, NDJSON and CSV,
// and the function answers the core's Result for one raw lead. Each lead is
// read, answered and written before the next is read, so memory stays flat
// in the number of leads. The rows go to a spool (a temporary file) and reach
// stdout only when every lead was read and answered: a bad lead at row
// 19,000 exits 2 naming its row and field with nothing on stdout, so an
// import file is never cut short.
import type { Result } from '../../result';
import { CliError } from '../errors';
import type { CliIO } from '../io';
import type { LeadInput, SourceRecord } from './input';
import { idSet } from './idSet';
import { memorySpool } from './node';
import { formatWriter, type OutputFormat, type RecordLayout } from './output';

/**
 * Each lead's id once in a run: results and CRM writes are matched to leads by
 * it. Answers the issue of a repeat (naming where the id was first used), or
 * null. The ids are kept compactly (idSet), so memory stays nearly flat.
 */
export function idRegister(): (id: string, record: SourceRecord) => { path: string; code: string; message: string } | null {
  const seen = idSet();
  return (id, record) => {
    // Every record of a run is placed alike (`leads[3]`, `line 4`, `row 5`): its number says where.
    const number = /\d+/.exec(record.where);
    const at = number ? Number(number[0]) : 0;
    const first = seen.firstSeen(id, at);
    if (first === undefined) return null;
    const place = record.where.replace(/\d+/, String(first));
    return { path: 'id', code: 'custom', message: `the id ${JSON.stringify(id)} is already used at ${record.whereIsPath ? `${place}.id` : place}` };
  };
}

/** A result written to its spool, given to stdout by `main` (see Command). */
export interface StreamedOutput {
  commit: (io: CliIO) => Promise<void>;
}

/** Leads with problems listed before the run stops: enough to fix a file in one go, without reading a broken export to its end. */
const MAX_PROBLEM_RECORDS = 20;

function problemLines(label: string, record: SourceRecord, issues: { path: string; message: string }[]): string[] {
  return issues.map((i) => {
    if (record.whereIsPath) return `${label}: ${record.where}${i.path ? `.${i.path}` : ''}: ${i.message}`;
    return `${label}: ${record.where}: ${i.path ? `${i.path}: ` : ''}${i.message}`;
  });
}

export function streamRecords<Row>(
  io: CliIO,
  input: LeadInput,
  format: OutputFormat,
  layout: RecordLayout<Row>,
  answer: (value: unknown, record: SourceRecord) => Result<Row>,
): StreamedOutput {
  const spool = io.spool ? io.spool() : memorySpool();
  try {
    const writer = formatWriter(format, layout);
    const problems: string[] = [];
    let problemRecords = 0;
    let rows = 0;
    spool.write(writer.start());
    for (const record of input.records) {
      const row = answer(record.value, record);
      if (!row.ok) {
        problems.push(...problemLines(input.label, record, row.issues));
        if (++problemRecords >= MAX_PROBLEM_RECORDS) {
          problems.push(`${input.label}: stopped after ${MAX_PROBLEM_RECORDS} leads with problems`);
          break;
        }
        continue;
      }
      // Once a lead is bad, nothing will be printed: the rest is only checked.
      if (problemRecords === 0) spool.write(writer.row(row.value, rows++));
    }
    if (problems.length) throw new CliError(problems.join('\n'));
    spool.write(writer.end(rows));
  } catch (error) {
    spool.discard();
    throw error;
  }
  return { commit: (cliIO) => spool.commit(cliIO.stdout) };
}
