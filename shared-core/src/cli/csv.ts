// CSV for lead exports, read whole (small files, tests) on the same reader
// that streams large ones (stream/csvRows.ts): quoted fields, doubled quotes
// inside them, CRLF or LF line ends, a UTF-8 BOM (Excel writes one).
// Problems name the row and column, counted from 1 with the header as row 1.
import { CsvRowReader, csvRecordStream } from './stream/csvRows';

/** Parses CSV text into rows of cells; a blank last line is not a row. */
export function parseCsv(text: string, label = 'csv'): string[][] {
  const rows: string[][] = [];
  const reader = new CsvRowReader(label, (cells) => rows.push(cells));
  reader.push(text);
  reader.end();
  return rows;
}

/** Rows as objects keyed by the header; a row with a different number of cells is refused. */
export function csvRecords(text: string, label = 'csv'): Record<string, string>[] {
  return Array.from(csvRecordStream([text], label), (r) => r.record);
}

/**
 * A cell as a value for conditions: empty is absent, true/false are booleans,
 * plain decimals are numbers. A leading zero (a code such as 01234) stays text.
 */
export function cellValue(cell: string): string | number | boolean | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  if (text === 'true' || text === 'TRUE') return true;
  if (text === 'false' || text === 'FALSE') return false;
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(text)) return Number(text);
  return cell;
}
