import fc from 'fast-check';
import { cellValue, csvRecords, parseCsv } from '../../src/cli/csv';
import { CsvRowReader } from '../../src/cli/stream/csvRows';

describe('CSV reader', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside quotes', () => {
    expect(parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
    ]);
  });

  it('reads CRLF line ends, a last line without a line end, and empty cells', () => {
    expect(parseCsv('id,name\r\n1,\r\n2,"b"')).toEqual([
      ['id', 'name'],
      ['1', ''],
      ['2', 'b'],
    ]);
    expect(parseCsv('a\r\n\r\n')).toEqual([['a'], ['']]);
  });

  it('names the row and column of a problem', () => {
    expect(() => parseCsv('id,name\n1,"open\n', 'l.csv')).toThrow('l.csv: row 2, column 2: the quoted value is never closed');
    expect(() => parseCsv('id,name\n1,ab"c\n', 'l.csv')).toThrow('l.csv: row 2, column 2: a quote inside an unquoted value');
    expect(() => parseCsv('id,name\n1,"ab"c\n', 'l.csv')).toThrow('l.csv: row 2, column 2: text after the closing quote');
    expect(() => csvRecords('id,name\n1\n', 'l.csv')).toThrow('l.csv: row 2: 1 values, but the header has 2 columns');
    expect(() => csvRecords('id,id\n1,2\n', 'l.csv')).toThrow('l.csv: row 1, column 2: the column "id" appears twice');
    expect(() => csvRecords('id,\n1,2\n', 'l.csv')).toThrow('l.csv: row 1, column 2: the column has no name');
  });

  it('keys rows by the header and skips blank lines', () => {
    expect(csvRecords('id,n\n1,2\n\n3,4\n')).toEqual([
      { id: '1', n: '2' },
      { id: '3', n: '4' },
    ]);
  });

  it('turns cells into values: numbers, booleans, absent when empty, codes with a leading zero stay text', () => {
    expect(['12', '-3.5', '0', 'true', 'FALSE', '', '  ', '01234', '1e3', 'Tokyo'].map(cellValue)).toEqual([12, -3.5, 0, true, false, undefined, undefined, '01234', '1e3', 'Tokyo']);
  });
});

describe('the CSV reader fed in chunks', () => {
  const outcome = (run: () => string[][]): string[][] | string => {
    try {
      return run();
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('reads any text split anywhere exactly as the whole text, rows or the same problem', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ',', '"', '""', '\n', '\r', '\r\n', ' ', '東'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (csv, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (csv.length + 1)))].sort((a, b) => a - b);
        const whole = outcome(() => parseCsv(csv, 'x.csv'));
        const chunked = outcome(() => {
          const rows: string[][] = [];
          const reader = new CsvRowReader('x.csv', (cells) => rows.push(cells));
          let from = 0;
          for (const p of [...points, csv.length]) {
            reader.push(csv.slice(from, p));
            from = p;
          }
          reader.end();
          return rows;
        });
        expect(chunked).toEqual(whole);
      }),
      { numRuns: 3000 },
    );
  });
});
