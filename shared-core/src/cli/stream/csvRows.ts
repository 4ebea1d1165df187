// An RFC 4180 CSV reader fed chunk by chunk, so an export of any size is
// read row by row: quoted values (with commas, line breaks and doubled
// quotes inside), CRLF, LF or CR line ends, a UTF-8 BOM (Excel writes one).
// Problems name the row and column, counted from 1 with the header as row 1.
import { CliError } from '../errors';

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

export class CsvRowReader {
  private cell = '';
  private row: string[] = [];
  private inQuotes = false;
  /** A quoted value just closed: only a comma or a line end may follow. */
  private closed = false;
  private started = false;
  /** A CR ended the last row; an LF right after it belongs to the same line end. */
  private afterCr = false;
  /** A quote at the very end of a chunk: closing, or the first of a doubled quote? The next chunk tells. */
  private pendingQuote = false;
  private first = true;
  private rowNumber = 1;
  private column = 1;
  private quoteRow = 1;

  constructor(
    private readonly label: string,
    private readonly emit: (cells: string[], row: number) => void,
  ) {}

  private where(column: number, row = this.rowNumber): string {
    return `${this.label}: row ${row}, column ${column}`;
  }

  private endCell(): void {
    this.row.push(this.cell);
    this.cell = '';
    this.started = false;
    this.closed = false;
    this.column++;
  }

  private endRow(): void {
    this.endCell();
    const row = this.row;
    this.row = [];
    this.emit(row, this.rowNumber);
    this.rowNumber++;
    this.column = 1;
  }

  push(chunk: string): void {
    let text = chunk;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.pendingQuote) {
      this.pendingQuote = false;
      text = `"${text}`;
    }
    const n = text.length;
    let i = 0;
    if (this.afterCr && n > 0) {
      this.afterCr = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      if (this.inQuotes) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          this.cell += text.slice(i);
          return;
        }
        this.cell += text.slice(i, q);
        if (q + 1 === n) {
          this.pendingQuote = true;
          return;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          this.cell += '"';
          i = q + 2;
          continue;
        }
        this.inQuotes = false;
        this.closed = true;
        this.started = true;
        i = q + 1;
        continue;
      }
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === QUOTE || c === CR || c === LF) break;
        j++;
      }
      if (j > i) {
        if (this.closed) throw new CliError(`${this.where(this.column)}: text after the closing quote; separate values with a comma`);
        this.cell += text.slice(i, j);
        this.started = true;
      }
      if (j === n) return;
      const c = text.charCodeAt(j);
      i = j + 1;
      if (c === QUOTE) {
        if (this.started) throw new CliError(`${this.where(this.column)}: a quote inside an unquoted value; quote the whole value and double the quote ("")`);
        this.inQuotes = true;
        this.quoteRow = this.rowNumber;
      } else if (c === COMMA) {
        this.endCell();
      } else {
        this.endRow();
        if (c === CR) {
          if (i === n) this.afterCr = true;
          else if (text.charCodeAt(i) === LF) i++;
        }
      }
    }
  }

  /** The input ended: the last row, if any (a blank last line is not a row). */
  end(): void {
    if (this.pendingQuote) {
      this.pendingQuote = false;
      this.inQuotes = false;
      this.closed = true;
      this.started = true;
    }
    if (this.inQuotes) throw new CliError(`${this.where(this.column, this.quoteRow)}: the quoted value is never closed`);
    if (this.started || this.row.length > 0) this.endRow();
  }
}

/** A CSV row as an object keyed by the header, with its row number (the header is row 1). */
export interface CsvRecord {
  record: Record<string, string>;
  row: number;
}

/**
 * Rows as objects keyed by the header, read from text chunks one at a time; a
 * row with a different number of cells is refused, a blank line skipped.
 */
export function* csvRecordStream(chunks: Iterable<string>, label: string): Generator<CsvRecord> {
  let names: string[] | null = null;
  const ready: CsvRecord[] = [];
  const reader = new CsvRowReader(label, (cells, row) => {
    if (names === null) {
      names = headerOf(cells, label);
      return;
    }
    if (cells.length === 1 && cells[0] === '') return; // a blank line
    if (cells.length !== names.length) throw new CliError(`${label}: row ${row}: ${cells.length} values, but the header has ${names.length} columns`);
    // Own properties (not `record[name] =`), so a column named "__proto__" is kept as a column.
    const header = names;
    const record: Record<string, string> = Object.fromEntries(header.map((name, c) => [name, cells[c] as string]));
    ready.push({ record, row });
  });
  for (const chunk of chunks) {
    reader.push(chunk);
    yield* ready;
    ready.length = 0;
  }
  reader.end();
  yield* ready;
  if (names === null) throw new CliError(`${label}: no header row`);
}

function headerOf(cells: string[], label: string): string[] {
  if (cells.every((h) => h.trim() === '')) throw new CliError(`${label}: no header row`);
  const names = cells.map((h) => h.trim());
  names.forEach((name, i) => {
    if (name === '') throw new CliError(`${label}: row 1, column ${i + 1}: the column has no name`);
    if (names.indexOf(name) !== i) throw new CliError(`${label}: row 1, column ${i + 1}: the column "${name}" appears twice`);
  });
  return names;
}
