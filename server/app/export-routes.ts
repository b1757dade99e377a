import { Hono } from 'hono';
import { billingExportColumns, billingMonthQuerySchema, boardExportColumns } from '../../src/api/bulk-contract';
import type { Account } from '../../src/api/contract';
import {
  addCharge,
  monthOf,
  noCharges,
  parseBillingMonth,
  totalCharged,
  type MonthCharges,
} from '../../src/domain/billing-month';
import { dayOf } from '../../src/domain/calendar';
import { decimalAmount } from '../../src/domain/money';
import type { AccountRecord, HistoryQuery, SortKey } from '../store/account-record';
import type { ApiEnv } from './create-api-app';
import { CSV_PAGE_ROWS, csvResponse } from './csv-stream';
import { listQueryFrom } from './list-query';
import { presentAccount } from './present-account';
import { ProblemError } from './problem';
import { fieldErrors } from './read-json';

/** CSV files: a board as it is searched, filtered and sorted, and a month's billing reconciliation. */
export const exportRoutes = new Hono<ApiEnv>();

const text = (value: string | number | null) => (value === null ? '' : String(value));

function boardRow(account: Account): string[] {
  return [
    account.accountNumber,
    account.organizationName,
    account.email,
    account.status,
    dayOf(account.createdAt),
    text(account.trialEndsAt),
    text(account.monitoredUsers),
    text(account.seats),
    text(account.pendingSeats),
    text(account.renewsOn),
    text(account.cancelsOn),
    account.nextChargeCents === null ? '' : decimalAmount(account.nextChargeCents),
  ];
}

/** GET /accounts/export.csv?status=…&q=…&sort=…: every account the board shows under that query, in its order. */
exportRoutes.get('/accounts/export.csv', (c) => {
  const today = dayOf(c.var.clock());
  const { limit: _limit, cursor: _cursor, ...raw } = c.req.query();
  const { query } = listQueryFrom(raw, today);
  const { store, actor, consoleUrlFor } = c.var;
  async function* pages() {
    let after: SortKey | null = null;
    do {
      // The page alone: the board's totals are not in the file, and counting them again for each of a
      // 100,000-account board's 200 pages would read the board 200 times.
      const page = await store.page(actor, { ...query, limit: CSV_PAGE_ROWS, after });
      yield page.items.map((record) => boardRow(presentAccount(record, today, consoleUrlFor)));
      after = page.next;
    } while (after);
  }
  return csvResponse(`${query.status}-accounts-${today}.csv`, boardExportColumns, pages());
});

interface Charged {
  organizationName: string;
  charges: MonthCharges;
}

function billingRow(
  month: string,
  accountNumber: string,
  organizationName: string,
  status: string,
  account: Account | null,
  charges: MonthCharges,
): string[] {
  return [
    month,
    accountNumber,
    organizationName,
    status,
    text(account?.seats ?? null),
    text(account?.monitoredUsers ?? null),
    decimalAmount(charges.firstMonthCents),
    decimalAmount(charges.renewalCents),
    decimalAmount(charges.seatAdditionCents),
    decimalAmount(charges.otherCents),
    decimalAmount(totalCharged(charges)),
    decimalAmount(account?.nextChargeCents ?? 0),
    text(account?.renewsOn ?? null),
  ];
}

/**
 * GET /billing/reconciliation.csv?month=YYYY-MM: one row per account paid
 * today, then one per account charged in the month that is no longer paid
 * (cancelled, or deleted for good). A charge belongs to the month its history
 * entry is dated in (src/domain/billing-month.ts), so "Total charged" adds up
 * to the month's charges in history, and "Next invoice" to the summary's.
 */
exportRoutes.get('/billing/reconciliation.csv', async (c) => {
  const parsed = billingMonthQuerySchema.safeParse(c.req.query());
  const month = parsed.success ? parseBillingMonth(parsed.data.month) : null;
  if (!parsed.success || !month)
    throw new ProblemError(422, 'Invalid query', {
      detail: 'Give the month as YYYY-MM.',
      errors: parsed.success ? { month: 'A month as YYYY-MM' } : fieldErrors(parsed.error),
    });
  const today = dayOf(c.var.clock());
  if (month.month > monthOf(today) || month.month < '2000-01')
    throw new ProblemError(422, 'Choose a month that has started', {
      detail: `Months from 2000-01 to ${monthOf(today)} can be reconciled.`,
      errors: { month: 'That month has not started yet' },
    });
  const { store, actor, consoleUrlFor } = c.var;

  async function chargesOfMonth(): Promise<Map<string, Charged>> {
    const charged = new Map<string, Charged>();
    const from = `${month!.from}T00:00:00.000Z`;
    // History is newest first: start just before the next month begins and stop at this month's first entry.
    let after: HistoryQuery['after'] = { at: `${month!.to}T00:00:00.000Z`, id: '0' };
    while (after) {
      const page = await store.history(actor, { limit: CSV_PAGE_ROWS, after });
      after = page.next;
      for (const entry of page.items) {
        if (entry.at < from) return charged;
        if (entry.chargeCents === null) continue;
        const current = charged.get(entry.accountNumber);
        charged.set(entry.accountNumber, {
          organizationName: current?.organizationName ?? entry.organizationName,
          charges: addCharge(current?.charges ?? noCharges(), entry.action, entry.chargeCents),
        });
      }
    }
    return charged;
  }

  async function* pages() {
    const charged = await chargesOfMonth();
    const { query } = listQueryFrom({ status: 'paid', sort: 'newest' }, today);
    let after: SortKey | null = null;
    do {
      const page = await store.page(actor, { ...query, limit: CSV_PAGE_ROWS, after });
      yield page.items.map((record: AccountRecord) => {
        const account = presentAccount(record, today, consoleUrlFor);
        const charges = charged.get(record.accountNumber)?.charges ?? noCharges();
        charged.delete(record.accountNumber);
        return billingRow(
          month!.month,
          record.accountNumber,
          record.organizationName,
          account.status,
          account,
          charges,
        );
      });
      after = page.next;
    } while (after);
    // Charged in the month, no longer paid: cancelled since, or deleted for good (named as history has it).
    const rest = [...charged];
    for (let index = 0; index < rest.length; index += CSV_PAGE_ROWS) {
      const rows: string[][] = [];
      for (const [accountNumber, { organizationName, charges }] of rest.slice(index, index + CSV_PAGE_ROWS)) {
        const record = await store.get(actor, accountNumber);
        const account = record ? presentAccount(record, today, consoleUrlFor) : null;
        rows.push(
          billingRow(
            month!.month,
            accountNumber,
            record?.organizationName ?? organizationName,
            account?.status ?? 'deleted',
            account,
            charges,
          ),
        );
      }
      yield rows;
    }
  }
  return csvResponse(`billing-reconciliation-${month.month}.csv`, billingExportColumns, pages());
});
