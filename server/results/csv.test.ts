import { describe, expect, test } from 'vitest';
import { csvDocument, csvField } from './csv';

describe('csvField', () => {
  test('leaves plain text and numbers as they are', () => {
    expect(csvField('SageMaker Debugger')).toBe('SageMaker Debugger');
    expect(csvField(1250)).toBe('1250');
    expect(csvField(-3)).toBe('-3');
  });

  test('an empty cell for null, a quoted empty string never', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('');
  });

  test('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('S3, EFS')).toBe('"S3, EFS"');
    expect(csvField('the "best" choice')).toBe('"the ""best"" choice"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvField('"')).toBe('""""');
  });

  test('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-_-')).toBe("'-_-");
    expect(csvField('@me')).toBe("'@me");
  });

  test('quotes a semicolon, so a spreadsheet that splits on semicolons (many locales) keeps the cell whole and never runs what follows', () => {
    expect(csvField('a;=1+1')).toBe('"a;=1+1"');
    expect(csvField('x;@SUM(A1)')).toBe('"x;@SUM(A1)"');
    expect(csvField('a\t=1+1')).toBe('"a\t=1+1"');
  });
});

describe('csvDocument', () => {
  test('starts with a byte order mark and ends every record with CRLF', () => {
    const text = csvDocument([['a', 'b'], [1, null]]);
    expect(text).toBe('\uFEFFa,b\r\n1,\r\n');
  });

  test('a line break inside a quoted field does not start a record', () => {
    const text = csvDocument([['stem'], ['What is 1,\n"2"?']]);
    expect(text).toBe('\uFEFFstem\r\n"What is 1,\n""2""?"\r\n');
    expect(text.split('\r\n')).toHaveLength(3);
  });
});
