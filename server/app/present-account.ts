import type { Account } from '../../src/api/contract';
import { accountRules } from '../../src/domain/account-rules';
import { deriveStatus } from '../../src/domain/account-status';
import type { IsoDay } from '../../src/domain/calendar';
import type { AccountRecord } from '../store/account-record';

export type ConsoleUrlFor = (accountNumber: string) => string;

/** A stored record as the contract shows it, with its status read off today's date. */
export function presentAccount(record: AccountRecord, today: IsoDay, consoleUrlFor: ConsoleUrlFor): Account {
  const paid = record.plan === 'paid';
  const nextSeats = record.pendingSeats ?? record.seats ?? 0;
  return {
    accountNumber: record.accountNumber,
    organizationName: record.organizationName,
    email: record.email,
    status: deriveStatus(record.plan, record.trialEndsAt, today),
    createdAt: record.createdAt,
    trialEndsAt: record.plan === 'trial' || record.plan === 'removed' ? record.trialEndsAt : null,
    monitoredUsers: record.monitoredUsers,
    seats: paid || record.plan === 'cancelled' ? record.seats : null,
    consoleUrl: consoleUrlFor(record.accountNumber),
    paidSince: record.billingAnchor,
    periodStart: paid ? record.periodStart : null,
    renewsOn: paid ? record.renewsOn : null,
    pendingSeats: paid ? record.pendingSeats : null,
    cancelsOn: paid ? record.cancelsOn : null,
    nextChargeCents: paid && record.cancelsOn === null ? nextSeats * accountRules.pricePerSeatCents : null,
    endedOn: record.endedOn,
    deleteAfter: record.deleteAfter,
  };
}
