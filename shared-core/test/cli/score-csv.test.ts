import { cellValue, csvRecords, parseCsv } from '../../src/cli/csv';

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
