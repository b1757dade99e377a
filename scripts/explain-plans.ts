// What the explain-* scripts share: a migrated database in a temporary schema of DATABASE_URL whose statements are
// captured as they run, and the EXPLAIN (ANALYZE) of each statement a case ran, as the README quotes them.
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../server/sql/migrate';
import type { Database } from '../server/sql/schema';
import { temporarySchema } from './temporary-database';

/** Runs `body` over a fresh, migrated schema, then drops it; `explain` prints the plans of what `run` executes. */
export async function withExplainDatabase(
  body: (db: Kysely<Database>, explain: (title: string, run: () => Promise<unknown>) => Promise<void>) => Promise<void>,
): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL');
  const schema = await temporarySchema(url, 'mcc_explain');
  const captured: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: schema.location.url, max: 2 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  const explain = async (title: string, run: () => Promise<unknown>) => {
    captured.length = 0;
    await run();
    console.log(`\n### ${title}`);
    // A copy: the EXPLAINs below are captured too.
    for (const statement of [...captured]) {
      const plan = await db.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain (analyze, costs off) ${statement.sql}`, [...statement.parameters]),
      );
      console.log(`\n-- ${statement.sql.replace(/\s+/g, ' ').slice(0, 160)}…`);
      for (const row of plan.rows) console.log(row['QUERY PLAN']);
    }
  };
  try {
    await migrateToLatest(db);
    await body(db, explain);
  } finally {
    await db.destroy();
    await schema.dispose();
  }
}
