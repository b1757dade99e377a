import { neutraliseFormula } from '../../src/domain/spreadsheet-cell';

/**
 * csv-stringify's self-contained build (its Node build reads a global Buffer, which a browser lacks), loaded on
 * the first export: the demo's API runs in the browser, and a file nobody asked for costs it nothing at boot.
 */
const loadStringify = () => import('csv-stringify/browser/esm/sync').then((module) => module.stringify);

/** Rows per page read from the store and written as one chunk. */
export const CSV_PAGE_ROWS = 500;

/**
 * A CSV file as a streamed response: the header, then one chunk per page of
 * rows, each page read from the store only when the reader wants more, so a
 * file of 100,000 rows is never one string in memory. csv-stringify quotes;
 * every cell is first neutralised against formula injection. The file starts
 * with a UTF-8 byte order mark, so that spreadsheets read accented names right.
 */
export function csvResponse(
  filename: string,
  header: readonly string[],
  pages: AsyncGenerator<string[][], void, undefined>,
): Response {
  const encoder = new TextEncoder();
  let stringify: Awaited<ReturnType<typeof loadStringify>>;
  const write = (rows: readonly string[][]) =>
    encoder.encode(
      stringify(
        rows.map((row) => row.map(neutraliseFormula)),
        { eof: true, record_delimiter: 'windows' },
      ),
    );
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      stringify = await loadStringify();
      controller.enqueue(encoder.encode('\ufeff'));
      controller.enqueue(write([[...header]]));
    },
    async pull(controller) {
      const next = await pages.next();
      if (next.done) controller.close();
      else if (next.value.length > 0) controller.enqueue(write(next.value));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
