import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('splits CRLF rows and keeps empty fields', () => {
    expect(parseCsv('code,lat,long\r\n01,,\r\n')).toEqual([
      ['code', 'lat', 'long'],
      ['01', '', ''],
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"x, y","ស្ពឺ ""ក""","two\r\nlines"\nb,c,d,e')).toEqual([
      ['a', 'x, y', 'ស្ពឺ "ក"', 'two\r\nlines'],
      ['b', 'c', 'd', 'e'],
    ]);
  });

  it('accepts a missing final newline', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses text that ends inside a quoted field', () => {
    expect(() => parseCsv('a,"open\n')).toThrow('quoted field');
  });
});
