import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { IsoDay } from '../../src/domain/calendar';
import type {
  AccountRecord,
  AccountStore,
  CreateResult,
  Decision,
  EndedQuery,
  EndedResult,
  FleetSummary,
  HistoryQuery,
  HistoryResult,
  ListQuery,
  ListResult,
  NewAccountRecord,
  NewHistoryEntry,
  Scope,
  UpdateResult,
} from '../store/account-record';
import { ACCOUNT_NUMBER_ATTEMPTS, randomAccountNumber } from '../store/account-number';
import { notFound } from '../store/memory-store';
import { historyFromRow, historyRow, recordFromRow, rowFromRecord } from './account-rows';
import type { Database } from './schema';

type AccountsExpression = ExpressionBuilder<Database, 'accounts'>;

/** A board's rows, as deriveStatus reads them: a trial is expired from the day after its end day. */
function onBoard(eb: AccountsExpression, status: ListQuery['status'], today: IsoDay) {
  if (status === 'paid') return eb('plan', '=', 'paid');
  if (status === 'trial') return eb.and([eb('plan', '=', 'trial'), eb('trial_ends_at', '>=', today)]);
  return eb.and([eb('plan', '=', 'trial'), eb.or([eb('trial_ends_at', '<', today), eb('trial_ends_at', 'is', null)])]);
}

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}

/**
 * The accounts in PostgreSQL (or PGlite): the same behaviour as the memory
 * store, with the database keeping emails unique and changes serialized.
 */
export class SqlStore implements AccountStore {
  constructor(
    private readonly db: Kysely<Database>,
    /** Where new account numbers come from (random by default; tests give a fixed series). */
    private readonly accountNumberCandidate: () => string = randomAccountNumber,
  ) {}

  /**
   * A number never issued before, by any MSP, recorded as issued in the same
   * transaction: issued_account_numbers keeps it after the account is deleted.
   */
  private async issueAccountNumber(trx: Kysely<Database>, mspId: string): Promise<string> {
    for (let attempt = 0; attempt < ACCOUNT_NUMBER_ATTEMPTS; attempt += 1) {
      const issued = await trx
        .insertInto('issued_account_numbers')
        .values({ account_number: this.accountNumberCandidate(), msp_id: mspId })
        .onConflict((conflict) => conflict.column('account_number').doNothing())
        .returning('account_number')
        .executeTakeFirst();
      if (issued) return issued.account_number;
    }
    throw new Error('No free account number found');
  }

  async list(scope: Scope, { status, today, limit, after }: ListQuery): Promise<ListResult> {
    const board = this.db
      .selectFrom('accounts')
      .where('msp_id', '=', scope.mspId)
      .where((eb) => onBoard(eb, status, today));
    const rows = await board
      .selectAll()
      .$if(after !== null, (query) =>
        query.where(
          sql<boolean>`(created_at, account_number) < (${after!.createdAt}::timestamptz, ${after!.accountNumber})`,
        ),
      )
      .orderBy('created_at', 'desc')
      .orderBy('account_number', 'desc')
      .limit(limit + 1)
      .execute();
    const totals = await board
      .select([
        sql<number>`count(*)::int`.as('total'),
        sql<string>`coalesce(sum(monitored_users), 0)::bigint`.as('monitored'),
      ])
      .executeTakeFirstOrThrow();
    const items = rows.slice(0, limit).map(recordFromRow);
    const last = items.at(-1);
    return {
      items,
      next: rows.length > limit && last ? { createdAt: last.createdAt, accountNumber: last.accountNumber } : null,
      total: totals.total,
      monitoredUsersTotal: Number(totals.monitored),
    };
  }

  async listEnded(scope: Scope, { limit, after }: EndedQuery): Promise<EndedResult> {
    const ended = this.db
      .selectFrom('accounts')
      .where('msp_id', '=', scope.mspId)
      .where('plan', 'in', ['cancelled', 'removed']);
    const rows = await ended
      .selectAll()
      .$if(after !== null, (query) =>
        query.where(
          sql<boolean>`(delete_after, account_number) > (${after!.deleteAfter}::date, ${after!.accountNumber})`,
        ),
      )
      .orderBy('delete_after', 'asc')
      .orderBy('account_number', 'asc')
      .limit(limit + 1)
      .execute();
    const { total } = await ended.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
    const items = rows.slice(0, limit).map(recordFromRow);
    const last = items.at(-1);
    return {
      items,
      next:
        rows.length > limit && last ? { deleteAfter: last.deleteAfter ?? '', accountNumber: last.accountNumber } : null,
      total,
    };
  }

  async summary(scope: Scope, today: IsoDay): Promise<FleetSummary> {
    // One pass over this MSP's entries in accounts_status (index-only), never the whole table.
    const row = await this.db
      .selectFrom('accounts')
      .where('msp_id', '=', scope.mspId)
      .select([
        sql<number>`count(*) filter (where plan = 'paid')::int`.as('paid'),
        sql<number>`count(*) filter (where plan = 'trial' and trial_ends_at >= ${today}::date)::int`.as('trial'),
        sql<number>`count(*) filter (where plan = 'trial' and (trial_ends_at < ${today}::date or trial_ends_at is null))::int`.as(
          'expired',
        ),
        sql<number>`count(*) filter (where plan in ('cancelled', 'removed'))::int`.as('ended'),
        sql<string>`coalesce(sum(monitored_users) filter (where plan = 'paid'), 0)::bigint`.as('activeUsers'),
        sql<number>`count(*) filter (where plan = 'paid' and monitored_users > coalesce(seats, 0))::int`.as(
          'overSeats',
        ),
        sql<string>`coalesce(sum(coalesce(pending_seats, seats, 0)) filter (where plan = 'paid' and cancels_on is null), 0)::bigint`.as(
          'nextPeriodSeats',
        ),
      ])
      .executeTakeFirstOrThrow();
    return {
      activeUsers: Number(row.activeUsers),
      counts: { paid: row.paid, trial: row.trial, expired: row.expired },
      ended: row.ended,
      overSeats: row.overSeats,
      nextPeriodSeats: Number(row.nextPeriodSeats),
    };
  }

  async get(scope: Scope, accountNumber: string): Promise<AccountRecord | null> {
    const row = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('msp_id', '=', scope.mspId)
      .where('account_number', '=', accountNumber)
      .executeTakeFirst();
    return row ? recordFromRow(row) : null;
  }

  async create(account: NewAccountRecord, history: NewHistoryEntry): Promise<CreateResult> {
    try {
      const record = await this.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('accounts')
          .values({ ...rowFromRecord(account), account_number: await this.issueAccountNumber(trx, account.mspId) })
          .returningAll()
          .executeTakeFirstOrThrow();
        const created = recordFromRow(row);
        await trx.insertInto('account_history').values(historyRow(created, history)).execute();
        return created;
      });
      return { ok: true, record };
    } catch (error) {
      // The unique index on email_key decides a race: the loser's insert fails here.
      if (isUniqueViolation(error)) return { ok: false, reason: 'email-taken' };
      throw error;
    }
  }

  async update<T>(
    scope: Scope,
    accountNumber: string,
    decide: (record: AccountRecord) => Decision<T>,
  ): Promise<UpdateResult<T>> {
    return this.db.transaction().execute(async (trx): Promise<UpdateResult<T>> => {
      // FOR UPDATE: a second change to this account waits here until this one commits.
      const row = await trx
        .selectFrom('accounts')
        .selectAll()
        .where('msp_id', '=', scope.mspId)
        .where('account_number', '=', accountNumber)
        .forUpdate()
        .executeTakeFirst();
      if (!row) return { ok: false, refusal: notFound(accountNumber) };
      const current = recordFromRow(row);
      const decision = decide(current);
      if (!decision.ok) return decision;

      if (decision.history.length > 0)
        await trx
          .insertInto('account_history')
          .values(decision.history.map((entry) => historyRow(current, entry)))
          .execute();
      if (decision.record === 'delete') {
        await trx.deleteFrom('accounts').where('account_number', '=', accountNumber).execute();
        return { ok: true, record: null, result: decision.result };
      }
      const record: AccountRecord = {
        ...decision.record,
        accountNumber,
        mspId: current.mspId,
        version: current.version + 1,
      };
      await trx
        .updateTable('accounts')
        .set(rowFromRecord(record))
        .where('account_number', '=', accountNumber)
        .execute();
      return { ok: true, record, result: decision.result };
    });
  }

  async history(scope: Scope, { accountNumber, limit, after }: HistoryQuery): Promise<HistoryResult> {
    const rows = await this.db
      .selectFrom('account_history')
      .selectAll()
      .where('msp_id', '=', scope.mspId)
      .$if(accountNumber !== undefined, (query) => query.where('account_number', '=', accountNumber!))
      .$if(after !== null, (query) =>
        query.where(sql<boolean>`(at, id) < (${after!.at}::timestamptz, ${after!.id}::bigint)`),
      )
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map(historyFromRow);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? { at: last.at, id: last.id } : null };
  }

  async due(today: IsoDay): Promise<Array<{ mspId: string; accountNumber: string }>> {
    // Two index scans (accounts_renewals, accounts_deletions) rather than one OR over the table.
    const renewals = this.db
      .selectFrom('accounts')
      .select(['msp_id', 'account_number'])
      .where('plan', '=', 'paid')
      .where('renews_on', '<=', today);
    const deletions = this.db
      .selectFrom('accounts')
      .select(['msp_id', 'account_number'])
      .where('delete_after', '<=', today);
    const rows = await renewals.union(deletions).orderBy('account_number').execute();
    return rows.map((row) => ({ mspId: row.msp_id, accountNumber: row.account_number }));
  }
}
