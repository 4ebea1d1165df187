// A small RFC 4180 CSV reader for lead exports: quoted fields, doubled quotes
// inside them, CRLF or LF line ends (the BOM Excel writes is dropped by readInput). Problems
// name the row and column, counted from 1 with the header as row 1.
import { CliError } from './errors';

/** Parses CSV text into rows of cells; a blank last line is not a row. */
export function parseCsv(text: string, label = 'csv'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let rowNumber = 1;
  let column = 1;
  let cellStarted = false;
  const where = (col: number) => `${label}: row ${rowNumber}, column ${col}`;

  const endCell = () => {
    row.push(cell);
    cell = '';
    cellStarted = false;
    column++;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
    rowNumber++;
    column = 1;
  };

  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      if (cellStarted) throw new CliError(`${where(column)}: a quote inside an unquoted value; quote the whole value and double the quote ("")`);
      const startRow = rowNumber;
      i++;
      for (;;) {
        if (i >= text.length) throw new CliError(`${label}: row ${startRow}, column ${column}: the quoted value is never closed`);
        const c = text[i] as string;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += c;
        i++;
      }
      rowNumber = startRow;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CliError(`${where(column)}: text after the closing quote; separate values with a comma`);
      }
      cellStarted = true;
      continue;
    }
    if (ch === ',') {
      endCell();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch;
    cellStarted = true;
    i++;
  }
  if (cellStarted || row.length > 0) endRow();
  return rows;
}

/** Rows as objects keyed by the header; a row with a different number of cells is refused. */
export function csvRecords(text: string, label = 'csv'): Record<string, string>[] {
  const rows = parseCsv(text, label);
  const header = rows[0];
  if (!header || header.every((h) => h.trim() === '')) throw new CliError(`${label}: no header row`);
  const names = header.map((h) => h.trim());
  names.forEach((name, i) => {
    if (name === '') throw new CliError(`${label}: row 1, column ${i + 1}: the column has no name`);
    if (names.indexOf(name) !== i) throw new CliError(`${label}: row 1, column ${i + 1}: the column "${name}" appears twice`);
  });
  const records: Record<string, string>[] = [];
  rows.slice(1).forEach((cells, r) => {
    if (cells.length === 1 && cells[0] === '') return; // a blank line
    if (cells.length !== names.length) {
      throw new CliError(`${label}: row ${r + 2}: ${cells.length} values, but the header has ${names.length} columns`);
    }
    // Own properties (not `record[name] =`), so a column named "__proto__" is kept as a column.
    records.push(Object.fromEntries(names.map((name, c) => [name, cells[c] as string])));
  });
  return records;
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
