import { describe, expect, it } from 'vitest';
import { csvCell } from './csv-cell';

describe('csvCell', () => {
  it('neutralises every cell a spreadsheet would read as a formula', () => {
    for (const text of ['=1+2', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")'])
      expect(csvCell(text)).toBe(`'${text}`);
  });

  it('leaves other text, numbers and empty cells as they are', () => {
    expect(csvCell('Contoso Ltd')).toBe('Contoso Ltd');
    expect(csvCell(' =1')).toBe(' =1');
    expect(csvCell(1250)).toBe('1250');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-5)).toBe("'-5");
  });
});
