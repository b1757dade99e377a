import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvResponse } from './csv-stream';

/** 200 pages of 500 rows (100,000 in all), counting how many the reader made it read. */
function pagedRows() {
  const state = { read: 0, closed: false };
  async function* pages() {
    try {
      for (let page = 0; page < 200; page += 1) {
        state.read += 1;
        yield Array.from({ length: 500 }, (_, row) => [`AC-${100_000 + page * 500 + row}`, `=cmd|' /C calc'!A${row}`]);
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, pages: pages() };
}

describe('csvResponse', () => {
  it('reads a page from the store only when the reader wants more, and stops when it cancels', async () => {
    const { state, pages } = pagedRows();
    const response = csvResponse('big.csv', ['Account number', 'Organization'], pages);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const reader = response.body!.getReader();
    let bytes = 0;
    for (let chunk = 0; chunk < 4; chunk += 1) bytes += (await reader.read()).value!.byteLength;
    // The byte order mark, the header and two pages: nothing like 100,000 rows was read or written.
    expect(state.read).toBeLessThanOrEqual(3);
    expect(bytes).toBeLessThan(100_000);
    await reader.cancel();
    expect(state.closed).toBe(true);
  });

  it('writes every row, quoted by csv-stringify, with formulas neutralised', async () => {
    const { state, pages } = pagedRows();
    const text = await csvResponse('big.csv', ['Account number', 'Organization'], pages).text();
    const rows = parse(text, { bom: true });
    expect(state.read).toBe(200);
    expect(rows).toHaveLength(100_001);
    expect(rows[1]).toEqual(['AC-100000', `'=cmd|' /C calc'!A0`]);
  });
});
