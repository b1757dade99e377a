import type { Account } from '../../src/api/contract';
import { deriveStatus } from '../../src/domain/account-status';
import type { IsoDay } from '../../src/domain/calendar';
import type { AccountRecord } from '../store/account-record';

export type ConsoleUrlFor = (accountNumber: string) => string;

/** A stored record as the contract shows it, with its status read off today's date. */
export function presentAccount(record: AccountRecord, today: IsoDay, consoleUrlFor: ConsoleUrlFor): Account {
  return {
    accountNumber: record.accountNumber,
    organizationName: record.organizationName,
    email: record.email,
    status: deriveStatus(record.plan, record.trialEndsAt, today),
    createdAt: record.createdAt,
    trialEndsAt: record.plan === 'paid' ? null : record.trialEndsAt,
    monitoredUsers: record.monitoredUsers,
    seats: record.plan === 'paid' ? record.seats : null,
    consoleUrl: consoleUrlFor(record.accountNumber),
  };
}
