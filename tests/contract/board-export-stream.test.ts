// @vitest-environment node
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardExportColumns } from '../../src/api/bulk-contract';
import { accountPageSchema } from '../../src/api/contract';
import { generateDemoFleet } from '../../mocks/demo-fleet';
import { createApiApp } from '../../server/app/create-api-app';
import { CSV_PAGE_ROWS } from '../../server/app/csv-stream';
import type { AccountRecord, AccountStore } from '../../server/store/account-record';
import { MemoryStore } from '../../server/store/memory-store';
import { tempPglite, tempPostgresSchema, type TestDatabase } from '../server/live-server-harness';
import { loggedSqlStore } from '../server/logged-sql-store';

const TODAY = '2026-11-22';
const MSP = 'export-msp';

interface Setup {
  store: AccountStore;
  /** SQL statements run so far (SQL stores only). */
  statements: string[] | null;
  dispose: () => Promise<void>;
}

/** The store, with the number of times each board read was asked for. */
function counted(store: AccountStore) {
  const calls = { list: 0, page: 0 };
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if ((key === 'list' || key === 'page') && typeof value === 'function')
        return (...args: unknown[]) => {
          calls[key] += 1;
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { calls, store: wrapped };
}

/**
 * A board export of several pages is streamed: the first page reaches the reader before the next is read,
 * each page is read without the board's totals (a SQL export reads the table once, not once a page), and the
 * whole file is the board, every account once, in its order.
 */
function describeExport(name: string, open: (records: AccountRecord[]) => Promise<Setup>, skip = false) {
  describe.skipIf(skip)(`a board export streams page by page: ${name}`, () => {
    // About 45% of a demo fleet is paid: over 1,000 accounts, three pages of the file.
    const records = generateDemoFleet({ seed: 21, size: 2_600, today: TODAY, mspId: MSP, firstNumber: 700_001 });
    let setup: Setup;
    let app: ReturnType<typeof createApiApp>;
    let calls: { list: number; page: number };

    beforeAll(async () => {
      setup = await open(records);
      const wrapped = counted(setup.store);
      calls = wrapped.calls;
      app = createApiApp({
        store: wrapped.store,
        clock: () => new Date(`${TODAY}T12:00:00Z`),
        authenticate: async () => ({ mspId: MSP, staffEmail: 'staff@export.example', staffId: '1', role: 'admin' }),
      });
    }, 60_000);
    afterAll(() => setup.dispose());

    it('answers before reading the last page, counts nothing, and writes the whole board in order', async () => {
      const board: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/api/v1/accounts?status=paid&sort=newest&limit=200${cursor ? `&cursor=${cursor}` : ''}`;
        const page = accountPageSchema.parse(await (await app.request(query)).json());
        board.push(...page.items.map((item) => item.accountNumber));
        cursor = page.nextCursor;
      } while (cursor);
      expect(board.length).toBeGreaterThan(2 * CSV_PAGE_ROWS);

      calls.list = 0;
      calls.page = 0;
      setup.statements?.splice(0);
      const response = await app.request('/api/v1/accounts/export.csv?status=paid&sort=newest');
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      const chunks: Uint8Array[] = [];
      // The byte order mark, the header, the first page of rows.
      for (let index = 0; index < 3; index += 1) chunks.push((await reader.read()).value!);
      expect(calls.page).toBeLessThan(Math.ceil(board.length / CSV_PAGE_ROWS));
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
      }
      expect(calls).toEqual({ list: 0, page: Math.ceil(board.length / CSV_PAGE_ROWS) });
      if (setup.statements) {
        const reads = setup.statements.filter((text) => /"accounts"/.test(text));
        expect(reads).toHaveLength(calls.page);
        expect(reads.filter((text) => /count\(/i.test(text))).toEqual([]);
      }

      const rows: string[][] = parse(Buffer.concat(chunks).toString('utf8'), { bom: true });
      expect(rows[0]).toEqual([...boardExportColumns]);
      expect(rows.slice(1).map((row) => row[0])).toEqual(board);
    }, 60_000);
  });
}

describeExport('memory', async (records) => ({
  store: new MemoryStore(records),
  statements: null,
  dispose: async () => {},
}));

function sqlSetup(database: TestDatabase, records: AccountRecord[]): Promise<Setup> {
  return loggedSqlStore(database, [{ id: MSP, name: 'Export' }], records);
}

describeExport('PGlite', async (records) => sqlSetup(await tempPglite(), records));

const databaseUrl = process.env.DATABASE_URL?.trim();
describeExport(
  'PostgreSQL',
  async (records) => sqlSetup(await tempPostgresSchema(databaseUrl!), records),
  !databaseUrl,
);
