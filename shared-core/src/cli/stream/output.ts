// Output formats of a per-record command: `json` (one document, one result a
// line inside it), `ndjson` (one JSON object a line) and `csv` (a header and
// one row a lead: the file a Data Loader or HubSpot import takes as it is).
import { flag, type ParsedArgs } from '../args';
import { CliError } from '../errors';

export type OutputFormat = 'json' | 'ndjson' | 'csv';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'csv'];

/** `--format json|ndjson|csv`, json by default. */
export function outputFormatFlag(args: ParsedArgs): OutputFormat {
  const value = flag(args, 'format') ?? 'json';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) throw new CliError(`--format: "${value}" is not a format; use ${OUTPUT_FORMATS.join(', ')}`);
  return value as OutputFormat;
}

export type CsvCell = string | number | boolean | null | undefined;

/** A CSV value: quoted when it holds a comma, a quote or a line break (RFC 4180); null and undefined are empty. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How one command's rows look in each format. */
export interface RecordLayout<Row> {
  /** `--format json`: the document is `{"<jsonKey>": [ ...json(row) ]}`. */
  jsonKey: string;
  json: (row: Row) => unknown;
  /** `--format ndjson`: one line per row. */
  ndjson: (row: Row) => unknown;
  /** `--format csv`: the header, and the cells of a row in the header's order. */
  csvColumns: readonly string[];
  csv: (row: Row) => CsvCell[];
}

/** Writes rows in one format: `start` before the first, `row` for each, `end` after the last. */
export interface FormatWriter<Row> {
  start: () => string;
  row: (row: Row, index: number) => string;
  end: (rows: number) => string;
}

export function formatWriter<Row>(format: OutputFormat, layout: RecordLayout<Row>): FormatWriter<Row> {
  if (format === 'ndjson') return { start: () => '', row: (r) => `${JSON.stringify(layout.ndjson(r))}\n`, end: () => '' };
  if (format === 'csv') {
    return {
      start: () => `${layout.csvColumns.map(csvCell).join(',')}\n`,
      row: (r) => `${layout.csv(r).map(csvCell).join(',')}\n`,
      end: () => '',
    };
  }
  // Compact JSON, one result a line: valid as a whole, easy to page through.
  return {
    start: () => `{${JSON.stringify(layout.jsonKey)}:[`,
    row: (r, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(layout.json(r))}`,
    end: (rows) => (rows === 0 ? ']}\n' : '\n]}\n'),
  };
}
