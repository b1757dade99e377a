import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './spreadsheet-cell';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('writes %j as text', (cell, written) => {
    expect(neutraliseFormula(cell)).toBe(written);
  });

  it.each(['Contoso Ltd', 'a=b', 'ops@contoso.example', '1234.50', '', ' =1', "'quoted", 'AC-100001'])(
    'leaves %j as it is',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(cell);
    },
  );
});
