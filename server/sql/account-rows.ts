import type { Insertable, Selectable } from 'kysely';
import type { AccountRecord, HistoryEntry, NewHistoryEntry } from '../store/account-record';
import type { AccountHistoryTable, AccountTable } from './schema';
import { accountSearchText, foldSearchText } from '../../src/domain/search-text';

type HistoryRow = Selectable<AccountHistoryTable>;

/**
 * The columns a record is read from. The search columns (search_text, name_key) are left out: only WHERE and
 * ORDER BY read them, and sending them back would make every board page a third larger to parse.
 */
export const accountColumns = [
  'msp_id',
  'account_number',
  'organization_name',
  'email',
  'email_key',
  'plan',
  'created_at',
  'trial_ends_at',
  'monitored_users',
  'seats',
  'billing_anchor',
  'period_start',
  'renews_on',
  'pending_seats',
  'cancels_on',
  'prorated_numerator',
  'ended_on',
  'delete_after',
  'version',
  'converted_by',
] as const satisfies ReadonlyArray<keyof AccountTable>;

type AccountRow = Pick<Selectable<AccountTable>, (typeof accountColumns)[number]>;

export function recordFromRow(row: AccountRow): AccountRecord {
  return {
    mspId: row.msp_id,
    accountNumber: row.account_number,
    organizationName: row.organization_name,
    email: row.email,
    emailKey: row.email_key,
    plan: row.plan,
    createdAt: row.created_at.toISOString(),
    trialEndsAt: row.trial_ends_at,
    monitoredUsers: row.monitored_users,
    seats: row.seats,
    billingAnchor: row.billing_anchor,
    periodStart: row.period_start,
    renewsOn: row.renews_on,
    pendingSeats: row.pending_seats,
    cancelsOn: row.cancels_on,
    proratedNumerator: Number(row.prorated_numerator),
    endedOn: row.ended_on,
    deleteAfter: row.delete_after,
    version: row.version,
    convertedBy: row.converted_by,
  };
}

/**
 * Every column but the key, as written by an insert or an update. The search
 * columns are folded here, by the function the memory store uses.
 */
export function rowFromRecord(record: AccountRecord): Omit<Insertable<AccountTable>, 'account_number'> {
  return {
    search_text: accountSearchText(record),
    name_key: foldSearchText(record.organizationName),
    msp_id: record.mspId,
    organization_name: record.organizationName,
    email: record.email,
    email_key: record.emailKey,
    plan: record.plan,
    created_at: record.createdAt,
    trial_ends_at: record.trialEndsAt,
    monitored_users: record.monitoredUsers,
    seats: record.seats,
    billing_anchor: record.billingAnchor,
    period_start: record.periodStart,
    renews_on: record.renewsOn,
    pending_seats: record.pendingSeats,
    cancels_on: record.cancelsOn,
    prorated_numerator: record.proratedNumerator,
    ended_on: record.endedOn,
    delete_after: record.deleteAfter,
    version: record.version,
    converted_by: record.convertedBy ?? null,
  };
}

export function historyRow(
  account: Pick<AccountRecord, 'mspId' | 'accountNumber'>,
  entry: NewHistoryEntry,
): Insertable<AccountHistoryTable> {
  return {
    msp_id: account.mspId,
    account_number: account.accountNumber,
    organization_name: entry.organizationName,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    summary: entry.summary,
    before: entry.before === null ? null : JSON.stringify(entry.before),
    after: entry.after === null ? null : JSON.stringify(entry.after),
    charge_cents: entry.chargeCents,
    effective_on: entry.effectiveOn ?? null,
  };
}

export function historyFromRow(row: HistoryRow): HistoryEntry {
  return {
    id: row.id,
    mspId: row.msp_id,
    accountNumber: row.account_number,
    organizationName: row.organization_name,
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    summary: row.summary,
    before: row.before,
    after: row.after,
    chargeCents: row.charge_cents,
    effectiveOn: row.effective_on,
  };
}
