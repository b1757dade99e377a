import { sql, type Kysely } from 'kysely';

/**
 * Search's trigram index with the MSP in it: GIN over (msp_id, search_text), the MSP's key by btree_gin. Every
 * search is one MSP's, yet 0003's index held the trigrams of the whole table, so `q=dental` read the 5,084
 * matches of 20 MSPs and a bitmap of the MSP's 2,236 paid rows to AND with it (1.6 ms of a 2.2 ms statement at
 * 100,000 accounts). GIN intersects the MSP's entries with the trigrams' inside the one index scan: 0.15 ms
 * there, and 0.56 against 0.93 ms (both bitmaps) with the rows shuffled out of MSP order. A word of one or two
 * letters has no trigrams: the planner keeps the board's own index for it, as before.
 * btree_gin and pg_trgm are trusted extensions (PostgreSQL 13+): the database's owner may create them.
 */
/** pg_trgm's operator class, named by the schema the extension is in (0003 put it in public). */
async function trigramOpsOf(db: Kysely<unknown>) {
  const { rows } = await sql<{ schema: string }>`select n.nspname as schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  return sql`${sql.id(rows[0]!.schema)}.gin_trgm_ops`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // In public, whatever the search_path, as 0003 made pg_trgm: one per database, shared by every schema in it.
  await sql`create extension if not exists btree_gin with schema public`.execute(db);
  const trigramOps = await trigramOpsOf(db);
  await sql`create index accounts_search_within_msp on accounts using gin (msp_id, search_text ${trigramOps})`.execute(
    db,
  );
  // With both, the planner still ANDs the old index with the board's: the new one must be the only one.
  await sql`drop index accounts_search`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index accounts_search on accounts using gin (search_text ${await trigramOpsOf(db)})`.execute(db);
  await sql`drop index accounts_search_within_msp`.execute(db);
}
