// @vitest-environment node
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type Generated } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pglitePool } from './pglite-pool';
import { pgliteStatements, type PgliteStatements } from './pglite-statements';

let pglite: PGlite;
let statements: PgliteStatements;
let db: Kysely<{ notes: { id: Generated<number>; body: string } }>;

beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec(`
    create table notes (id serial primary key, body text not null unique);
    -- A read by its look, a write in fact: what no reading of the SQL text could tell.
    create function add_note(text) returns int language sql as 'insert into notes (body) values ($1) returning id';
  `);
  statements = await pgliteStatements(pglite);
  db = new Kysely({ dialect: new PostgresDialect({ pool: pglitePool(statements, () => pglite.close()) }) });
});
afterAll(() => db.destroy());

const count = async () =>
  ((await statements.query('select count(*)::int as n from notes', [])).rows[0] as { n: number }).n;

/** Whether running `work` moved the write generation, and what it returned. */
async function moves(work: () => Promise<unknown>): Promise<boolean> {
  const before = statements.current();
  await work();
  return statements.current() !== before;
}

describe('the write generation of PGlite, as PostgreSQL decides it', () => {
  it.each([
    ['a plain select', 'select body from notes where id = $1', [1]],
    ['a select with a WITH', 'with first as (select * from notes limit 1) select * from first', []],
    ['a union of selects', '(select 1) union (select 2)', []],
  ])('does not move for %s', async (_name, text, parameters) => {
    expect(await moves(() => statements.query(text, parameters))).toBe(false);
  });

  it.each([
    ['an insert', `insert into notes (body) values ('insert')`],
    ['an update', `update notes set body = body || '!' where body = 'insert'`],
    ['a delete', `delete from notes where body = 'insert!'`],
    [
      'a data-modifying WITH',
      `with added as (insert into notes (body) values ('cte') returning id) select id from added`,
    ],
    ['a select of a function that writes', `select add_note('function')`],
    ['a sequence', `select nextval('notes_id_seq')`],
    ['a select for update', 'select id from notes for update'],
    ['DDL', 'create index notes_body on notes (body)'],
    ['a session setting', `set application_name = 'tests'`],
    ['a vacuum', 'vacuum notes'],
  ])('moves for %s, and the write is done', async (_name, text) => {
    expect(await moves(() => statements.query(text, []))).toBe(true);
    expect(pglite.isInTransaction()).toBe(false);
  });

  it('keeps what the writes outside a transaction wrote, each once', async () => {
    const { rows } = await statements.query('select body from notes order by id', []);
    expect(rows).toEqual([{ body: 'cte' }, { body: 'function' }]);
  });

  it('moves for a transaction through Kysely, which writes read-write', async () => {
    expect(
      await moves(() =>
        db.transaction().execute(async (trx) => {
          await trx.insertInto('notes').values({ body: 'in a transaction' }).execute();
          await sql`select pg_sleep(0)`.execute(trx);
        }),
      ),
    ).toBe(true);
    expect(await db.selectFrom('notes').select('body').where('body', '=', 'in a transaction').execute()).toHaveLength(
      1,
    );
  });

  it('moves for a transaction that rolls back, and leaves nothing of it', async () => {
    const before = await count();
    expect(
      await moves(() =>
        db
          .transaction()
          .execute(async (trx) => {
            await trx.insertInto('notes').values({ body: 'rolled back' }).execute();
            throw new Error('changed my mind');
          })
          .catch(() => undefined),
      ),
    ).toBe(true);
    expect(await count()).toBe(before);
  });

  it('answers a refused write with its own error, not the read-only refusal', async () => {
    await expect(statements.query(`insert into notes (body) values ('cte')`, [])).rejects.toMatchObject({
      code: '23505',
    });
    expect(pglite.isInTransaction()).toBe(false);
  });

  it('moves while a write runs, not only after it', async () => {
    let during: number | null = null;
    const before = statements.current();
    const write = statements.query(`insert into notes (body) values ('during')`, []);
    during = statements.current();
    await write;
    expect(during).not.toBe(before);
    expect(statements.current()).not.toBe(during);
  });

  it('counts the statements that could write', async () => {
    const before = statements.writes();
    await statements.query('select 1', []);
    expect(statements.writes()).toBe(before);
    await statements.query(`insert into notes (body) values ('counted')`, []);
    expect(statements.writes()).toBe(before + 1);
  });
});
