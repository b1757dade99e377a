import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import { attentionHorizons, type AttentionCounts } from '../../src/domain/attention';
import { historyRange } from '../store/history-filters';
import { accountRules } from '../../src/domain/account-rules';
import { addDays, type IsoDay } from '../../src/domain/calendar';
import type {
  AccountRecord,
  AccountStore,
  AlertState,
  CreateResult,
  Decision,
  EndedQuery,
  EndedResult,
  FleetSummary,
  HistoryFilters,
  HistoryQuery,
  HistoryResult,
  HistoryTotals,
  FleetInsights,
  InsightsQuery,
  ListPage,
  ListQuery,
  ListResult,
  NewAccountRecord,
  NewHistoryEntry,
  Scope,
  StaffSummary,
  AssignResult,
  UpdateResult,
} from '../store/account-record';
import { ACCOUNT_NUMBER_ATTEMPTS, randomAccountNumber } from '../store/account-number';
import { notFound } from '../store/memory-store';
import * as sqlInsights from './sql-insights';
import { hasFilters, sortKeyOf } from '../store/account-query';
import { after as keysetAfter, orderBy, passesFilters } from './account-list-sql';
import { accountColumns, historyFromRow, historyRow, recordFromRow, rowFromRecord } from './account-rows';
import type { Database } from './schema';
import { acrossMsps, isStaffUserId, scoped } from './scoped';
import { SqlTeams } from './sql-teams';
import type { TeamRecords } from '../store/team-records';

type AccountsExpression = ExpressionBuilder<Database, 'accounts'>;

/**
 * A board's rows, as deriveStatus reads them: a trial is expired from the day
 * after its end day. The one statement of that test in SQL, for board pages,
 * board totals and the summary alike; tests/server/sql-totals.test.ts holds it
 * to deriveStatus and fleetTotals on the same data.
 */
function onBoard(eb: AccountsExpression, status: ListQuery['status'], today: IsoDay) {
  if (status === 'paid') return eb('plan', '=', 'paid');
  if (status === 'trial') return eb.and([eb('plan', '=', 'trial'), eb('trial_ends_at', '>=', today)]);
  return eb.and([eb('plan', '=', 'trial'), eb.or([eb('trial_ends_at', '<', today), eb('trial_ends_at', 'is', null)])]);
}

/** Users a board has monitored, as monitoredUsersOf counts them: Freemium only up to its limit. */
function monitored(status: ListQuery['status']) {
  return status === 'expired'
    ? sql`least(monitored_users, ${accountRules.freemiumUserLimit}::int)`
    : sql`monitored_users`;
}

/**
 * Activity's filters, as historyFilter (server/store/history-filters.ts) states them; each is served by an
 * index ending in the (at, id) order pages are read in (migrations 0001 and 0008).
 */
function filteredHistory<Q extends SelectQueryBuilder<Database, 'account_history', object>>(
  query: Q,
  filters: HistoryFilters,
): Q {
  const { startsAt, endsBefore } = historyRange(filters);
  let filtered = query;
  if (filters.accountNumber !== undefined) filtered = filtered.where('account_number', '=', filters.accountNumber) as Q;
  if (filters.action !== undefined) filtered = filtered.where('action', '=', filters.action) as Q;
  if (filters.actor !== undefined)
    filtered = filtered.where(sql<string>`lower(actor)`, '=', filters.actor.toLowerCase()) as Q;
  if (startsAt !== undefined) filtered = filtered.where('at', '>=', new Date(startsAt)) as Q;
  if (endsBefore !== undefined) filtered = filtered.where('at', '<', new Date(endsBefore)) as Q;
  return filtered;
}

/** The columns of `next` whose value differs from `current`'s (the version always does). */
function changedColumns<Row extends Record<string, unknown>>(current: Row, next: Row): Partial<Row> {
  const changed: Partial<Row> = {};
  for (const key of Object.keys(next) as Array<keyof Row>) if (next[key] !== current[key]) changed[key] = next[key];
  return changed;
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

  /** A board's rows under its search, filters and sort, from the cursor on: an index scan of the rows it shows. */
  private pageQuery(scope: Scope, { status, today, limit, sort, filters, after }: ListQuery) {
    return (
      scoped
        .accounts(this.db, scope)
        .where((eb) => onBoard(eb, status, today))
        .where((eb) => passesFilters(eb, filters))
        // name_key too: the statement that joins the page to its totals orders by it again under the name sort.
        .select([...accountColumns, 'name_key'])
        .$if(after !== null, (query) => query.where(keysetAfter(sort, after!)))
        .orderBy(orderBy(sort))
        .limit(limit + 1)
    );
  }

  private pageOf(rows: ReadonlyArray<Parameters<typeof recordFromRow>[0]>, { sort, limit }: ListQuery): ListPage {
    const items = rows.slice(0, limit).map(recordFromRow);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? sortKeyOf(sort, last) : null };
  }

  /**
   * The page and its totals in ONE statement: the totals of the filtered set, the board's own count when a
   * search or filter narrows it, and the page joined to them (a row of nulls when the page is empty). One round
   * trip: PGlite answers statements one at a time, and over TCP each statement costs both processes a wake-up.
   */
  async list(scope: Scope, query: ListQuery): Promise<ListResult> {
    if (query.filters.words.length > 0) return this.searched(scope, query);
    const { status, today, sort, filters } = query;
    const board = scoped.accounts(this.db, scope).where((eb) => onBoard(eb, status, today));
    const totals = board
      .where((eb) => passesFilters(eb, filters))
      .select([
        sql<number>`count(*)::int`.as('total'),
        sql<string>`coalesce(sum(${monitored(status)}), 0)::bigint`.as('monitored'),
      ]);
    // Without search or filters the board's total is the one counted for the page.
    const whole = hasFilters(filters)
      ? board.select(sql<number | null>`count(*)::int`.as('board_total'))
      : this.db.selectNoFrom(sql<number | null>`null::int`.as('board_total'));
    const rows = await this.db
      .selectFrom(totals.as('totals'))
      .crossJoin(whole.as('whole'))
      .leftJoin(this.pageQuery(scope, query).as('page'), (join) => join.onTrue())
      .selectAll()
      // A join keeps no order of its own: the page's order, said again.
      .orderBy(orderBy(sort))
      .execute();
    return this.resultOf(rows, query);
  }

  /**
   * A search in one statement, its matches read once: the trigram index is not the MSP's own, so finding
   * the matches is the costly part, and the totals and the page then read the few rows found (a top-N sort
   * of them rather than an index walk).
   */
  private async searched(scope: Scope, query: ListQuery): Promise<ListResult> {
    const { status, today, sort, filters, after, limit } = query;
    const board = scoped.accounts(this.db, scope).where((eb) => onBoard(eb, status, today));
    const rows = await this.db
      .with(
        (cte) => cte('matched').materialized(),
        () => board.where((eb) => passesFilters(eb, filters)).select([...accountColumns, 'name_key']),
      )
      .selectFrom((creator) =>
        creator
          .selectFrom('matched')
          .select([
            sql<number>`count(*)::int`.as('total'),
            sql<string>`coalesce(sum(${monitored(status)}), 0)::bigint`.as('monitored'),
          ])
          .as('totals'),
      )
      .crossJoin(board.select(sql<number>`count(*)::int`.as('board_total')).as('whole'))
      .leftJoin(
        (creator) =>
          creator
            .selectFrom('matched')
            .select([...accountColumns, 'name_key'])
            .$if(after !== null, (page) => page.where(keysetAfter(sort, after!)))
            .orderBy(orderBy(sort))
            .limit(limit + 1)
            .as('page'),
        (join) => join.onTrue(),
      )
      .selectAll()
      .orderBy(orderBy(sort))
      .execute();
    return this.resultOf(rows, query);
  }

  /**
   * A board read's one statement answers the totals on every row and the page's accounts left-joined to them
   * (no account columns on the one row of an empty page); the board's own count is null when nothing narrows it.
   */
  private resultOf(
    rows: Array<{
      total: number;
      monitored: string | number;
      board_total: number | null;
      account_number: string | null;
    }>,
    query: ListQuery,
  ): ListResult {
    const first = rows[0]!;
    const pageRows = rows.filter((row) => row.account_number !== null) as unknown as Array<
      Parameters<typeof recordFromRow>[0]
    >;
    return {
      ...this.pageOf(pageRows, query),
      total: first.total,
      monitoredUsersTotal: Number(first.monitored),
      boardTotal: first.board_total ?? first.total,
    };
  }

  async page(scope: Scope, query: ListQuery): Promise<ListPage> {
    return this.pageOf(await this.pageQuery(scope, query).execute(), query);
  }

  async listEnded(scope: Scope, { limit, after }: EndedQuery): Promise<EndedResult> {
    const ended = scoped.accounts(this.db, scope).where('plan', 'in', ['cancelled', 'removed']);
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
    const row = await scoped
      .accounts(this.db, scope)
      .select((eb) => [
        sql<number>`count(*) filter (where ${onBoard(eb, 'paid', today)})::int`.as('paid'),
        sql<number>`count(*) filter (where ${onBoard(eb, 'trial', today)})::int`.as('trial'),
        sql<number>`count(*) filter (where ${onBoard(eb, 'expired', today)})::int`.as('expired'),
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
    const row = await scoped
      .accounts(this.db, scope)
      .selectAll()
      .where('account_number', '=', accountNumber)
      .executeTakeFirst();
    return row ? recordFromRow(row) : null;
  }

  async withOrganizationName(scope: Scope, nameKey: string, limit: number): Promise<AccountRecord[]> {
    // The same folding as organizationNameKey: trimmed, runs of white space as one, lower case. The backslash is
    // doubled: the template's cooked text would otherwise send 's+', folding every run of the letter s instead.
    const rows = await scoped
      .accounts(this.db, scope)
      .selectAll()
      .where(sql<string>`lower(regexp_replace(btrim(organization_name), '\\s+', ' ', 'g'))`, '=', nameKey)
      .orderBy('created_at', 'desc')
      .orderBy('account_number', 'desc')
      .limit(limit)
      .execute();
    return rows.map(recordFromRow);
  }

  async create(account: NewAccountRecord, history: NewHistoryEntry): Promise<CreateResult> {
    try {
      const record = await this.db.transaction().execute(async (trx) => {
        // The number first: the row's search text includes it.
        const accountNumber = await this.issueAccountNumber(trx, account.mspId);
        const row = await trx
          .insertInto('accounts')
          .values({ ...rowFromRecord({ ...account, accountNumber }), account_number: accountNumber })
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
      const row = await scoped
        .accounts(trx, scope)
        .select(accountColumns)
        .where('account_number', '=', accountNumber)
        .forUpdate()
        .executeTakeFirst();
      if (!row) return { ok: false, refusal: notFound(accountNumber) };
      const current = recordFromRow(row);
      const decision = decide(current);
      if (!decision.ok) return decision;

      const history = decision.history.map((entry) => historyRow(current, entry));
      if (decision.record === 'delete') {
        if (history.length > 0) await trx.insertInto('account_history').values(history).execute();
        await scoped.deleteAccounts(trx, scope).where('account_number', '=', accountNumber).execute();
        await trx
          .deleteFrom('account_assignments')
          .where('msp_id', '=', current.mspId)
          .where('account_number', '=', accountNumber)
          .execute();
        await scoped
          .deleteTeamAssignments(trx, scope)
          .where('team_account_assignments.account_number', '=', accountNumber)
          .execute();
        return { ok: true, record: null, result: decision.result };
      }
      const record: AccountRecord = {
        ...decision.record,
        accountNumber,
        mspId: current.mspId,
        version: current.version + 1,
      };
      // Only the columns that changed (an extension: its end and the version), and the history entries in the
      // same statement: a bulk action of 1,000 accounts makes 1,000 of these, each one round trip fewer.
      const update = scoped
        .updateAccounts(trx, scope)
        .set(changedColumns(rowFromRecord(current), rowFromRecord(record)))
        .where('account_number', '=', accountNumber);
      if (history.length === 0) await update.execute();
      else
        await trx
          .with('updated', () => update.returning('account_number'))
          .insertInto('account_history')
          .values(history)
          .execute();
      return { ok: true, record, result: decision.result };
    });
  }

  async history(scope: Scope, { limit, after, ...filters }: HistoryQuery): Promise<HistoryResult> {
    const rows = await filteredHistory(scoped.history(this.db, scope), filters)
      .selectAll()
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

  async historyTotals(scope: Scope, filters: HistoryFilters): Promise<HistoryTotals> {
    const row = await filteredHistory(scoped.history(this.db, scope), filters)
      .select([
        sql<number>`count(*)::int`.as('entries'),
        sql<string>`coalesce(sum(charge_cents), 0)::bigint`.as('charged'),
      ])
      .executeTakeFirstOrThrow();
    return { entries: row.entries, chargedCents: Number(row.charged) };
  }

  async attention(scope: Scope, today: IsoDay): Promise<AttentionCounts> {
    // Four small index scans (accounts_status, accounts_over_seats, accounts_cancelling, accounts_ended), each
    // reading only the rows it counts; src/domain/attention.ts is the definition they are tested against.
    const count = sql<number>`count(*)::int`.as('count');
    const accounts = () => scoped.accounts(this.db, scope);
    const [trials, overSeats, cancelling, deletions] = await Promise.all([
      accounts()
        .where('plan', '=', 'trial')
        .where('trial_ends_at', '>=', today)
        .where('trial_ends_at', '<=', addDays(today, attentionHorizons.week))
        .select([
          sql<number>`count(*) filter (where trial_ends_at = ${today}::date)::int`.as('today'),
          sql<number>`count(*) filter (where trial_ends_at <= ${addDays(today, attentionHorizons.soon)}::date)::int`.as(
            'soon',
          ),
          sql<number>`count(*)::int`.as('week'),
        ])
        .executeTakeFirstOrThrow(),
      accounts()
        .where('plan', '=', 'paid')
        .where(sql<boolean>`monitored_users > coalesce(seats, 0)`)
        .select(count)
        .executeTakeFirstOrThrow(),
      accounts().where('plan', '=', 'paid').where('cancels_on', 'is not', null).select(count).executeTakeFirstOrThrow(),
      accounts()
        .where('plan', '=', 'removed')
        .where('delete_after', '<=', addDays(today, attentionHorizons.deletion))
        .select(count)
        .executeTakeFirstOrThrow(),
    ]);
    return {
      trialsEndingToday: trials.today,
      trialsEndingIn3Days: trials.soon,
      trialsEndingIn7Days: trials.week,
      overSeats: overSeats.count,
      cancellingThisPeriod: cancelling.count,
      deletionsIn3Days: deletions.count,
    };
  }

  async alertState(scope: Scope, staffEmail: string): Promise<AlertState> {
    const row = await scoped
      .alertState(this.db, scope)
      .selectAll()
      .where('staff_email', '=', staffEmail.toLowerCase())
      .executeTakeFirst();
    return row
      ? { staffEmail, digest: row.digest, lastReadAt: row.last_read_at?.toISOString() ?? null }
      : { staffEmail, digest: false, lastReadAt: null };
  }

  async saveAlertState(scope: Scope, state: AlertState): Promise<void> {
    const values = { digest: state.digest, last_read_at: state.lastReadAt };
    await this.db
      .insertInto('staff_alert_state')
      .values({ msp_id: scope.mspId, staff_email: state.staffEmail.toLowerCase(), ...values })
      .onConflict((conflict) => conflict.columns(['msp_id', 'staff_email']).doUpdateSet(values))
      .execute();
  }

  async due(today: IsoDay): Promise<Array<{ mspId: string; accountNumber: string }>> {
    // Three index scans (accounts_renewals, accounts_deletions, accounts_trial_ends) rather than one OR over the table.
    const renewals = acrossMsps
      .accounts(this.db)
      .select(['msp_id', 'account_number'])
      .where('plan', '=', 'paid')
      .where('renews_on', '<=', today);
    const deletions = acrossMsps
      .accounts(this.db)
      .select(['msp_id', 'account_number'])
      .where('delete_after', '<=', today);
    const ranOut = acrossMsps
      .accounts(this.db)
      .select(['msp_id', 'account_number'])
      .where('plan', '=', 'trial')
      .where('trial_ends_at', '=', addDays(today, -1));
    const rows = await renewals.union(deletions).union(ranOut).orderBy('account_number').execute();
    return rows.map((row) => ({ mspId: row.msp_id, accountNumber: row.account_number }));
  }

  mspsWithoutSnapshot(day: IsoDay): Promise<string[]> {
    return sqlInsights.mspsWithoutSnapshot(this.db, day);
  }

  recordSnapshot(scope: Scope, day: IsoDay, pricePerSeatCents: number): Promise<void> {
    return sqlInsights.recordSnapshot(this.db, scope, day, pricePerSeatCents);
  }

  insights(scope: Scope, query: InsightsQuery): Promise<FleetInsights> {
    return sqlInsights.insights(this.db, scope, query);
  }

  async staff(scope: Scope): Promise<StaffSummary[]> {
    const rows = await scoped
      .staff(this.db, scope)
      .select(['id', 'email', 'name', 'role'])
      .orderBy(sql`coalesce(name, email)`)
      .orderBy('id')
      .execute();
    return rows;
  }

  async assigneesOf(scope: Scope, accountNumber: string): Promise<StaffSummary[] | null> {
    if (!(await this.get(scope, accountNumber))) return null;
    return scoped
      .staff(this.db, scope)
      .select(['id', 'email', 'name', 'role'])
      .where(
        'id',
        'in',
        scoped.assignments(this.db, scope).select('staff_user_id').where('account_number', '=', accountNumber),
      )
      .orderBy(sql`coalesce(name, email)`)
      .orderBy('id')
      .execute();
  }

  async setAssignment(
    scope: Scope,
    staffId: string,
    accountNumbers: readonly string[],
    assigned: boolean,
  ): Promise<AssignResult> {
    if (!isStaffUserId(staffId)) return { ok: false, reason: 'no-such-staff' };
    return this.db.transaction().execute(async (trx): Promise<AssignResult> => {
      const member = await scoped.staff(trx, scope).select('id').where('id', '=', staffId).executeTakeFirst();
      if (!member) return { ok: false, reason: 'no-such-staff' };
      const wanted = [...new Set(accountNumbers)];
      const seen = wanted.length
        ? new Set(
            (
              await scoped
                .accounts(trx, scope)
                .select('accounts.account_number')
                .where('accounts.account_number', 'in', wanted)
                .execute()
            ).map((row) => row.account_number),
          )
        : new Set<string>();
      const visible = wanted.filter((accountNumber) => seen.has(accountNumber));
      const notFound = wanted.filter((accountNumber) => !seen.has(accountNumber));
      if (visible.length === 0) return { ok: true, changed: [], notFound };
      const rows = assigned
        ? await trx
            .insertInto('account_assignments')
            .values(
              visible.map((accountNumber) => ({
                msp_id: scope.mspId,
                staff_user_id: staffId,
                account_number: accountNumber,
              })),
            )
            .onConflict((conflict) => conflict.columns(['msp_id', 'staff_user_id', 'account_number']).doNothing())
            .returning('account_number')
            .execute()
        : await trx
            .deleteFrom('account_assignments')
            .where('msp_id', '=', scope.mspId)
            .where('staff_user_id', '=', staffId)
            .where('account_number', 'in', visible)
            .returning('account_number')
            .execute();
      const changed = new Set(rows.map((row) => row.account_number));
      return { ok: true, changed: visible.filter((accountNumber) => changed.has(accountNumber)), notFound };
    });
  }

  /** Teams are their own file; the store hands them its database (a scope reads them, so they live here). */
  private get teamRecords(): SqlTeams {
    return new SqlTeams(this.db);
  }
  teams: TeamRecords['teams'] = (scope) => this.teamRecords.teams(scope);
  createTeam: TeamRecords['createTeam'] = (scope, name) => this.teamRecords.createTeam(scope, name);
  renameTeam: TeamRecords['renameTeam'] = (scope, teamId, name) => this.teamRecords.renameTeam(scope, teamId, name);
  deleteTeam: TeamRecords['deleteTeam'] = (scope, teamId) => this.teamRecords.deleteTeam(scope, teamId);
  setTeamMember: TeamRecords['setTeamMember'] = (scope, teamId, staffId, member) =>
    this.teamRecords.setTeamMember(scope, teamId, staffId, member);
  teamsOf: TeamRecords['teamsOf'] = (scope, accountNumber) => this.teamRecords.teamsOf(scope, accountNumber);
  setTeamAssignment: TeamRecords['setTeamAssignment'] = (scope, teamId, accountNumbers, assigned) =>
    this.teamRecords.setTeamAssignment(scope, teamId, accountNumbers, assigned);

  async settledThrough(): Promise<IsoDay | null> {
    const row = await this.db.selectFrom('settlement').select('settled_through').executeTakeFirst();
    return row?.settled_through ?? null;
  }

  async markSettled(day: IsoDay): Promise<void> {
    await this.db
      .insertInto('settlement')
      .values({ id: 1, settled_through: day })
      .onConflict((conflict) => conflict.column('id').doUpdateSet({ settled_through: day }))
      .execute();
  }
}
