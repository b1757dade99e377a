import type { ColumnType, Generated } from 'kysely';
import type { AccountPlan } from '../../src/domain/account-status';
import type { IsoDay } from '../../src/domain/calendar';

/** timestamptz: read as a Date, written as a Date or an ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** bigint: both drivers read it as a string, so that no precision is lost. */
type BigIntColumn = ColumnType<string, number | string, number | string>;
/** jsonb: read parsed, written as JSON text (arrays would otherwise be sent as Postgres arrays). */
type Json = ColumnType<Record<string, unknown> | null, string | null, string | null>;

export interface MspTable {
  id: string;
  name: string;
  created_at: Generated<Date>;
}

export interface StaffUserTable {
  id: Generated<string>;
  msp_id: string;
  email: string;
  /** The normalized email: one staff user per address. */
  email_key: string;
  name: string | null;
  password_hash: string;
  created_at: Generated<Date>;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token: a stolen copy of the table signs nobody in. */
  token_hash: string;
  staff_user_id: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface AccountTable {
  account_number: string;
  msp_id: string;
  organization_name: string;
  email: string;
  email_key: string;
  plan: AccountPlan;
  created_at: Timestamp;
  /** `date` columns are read as ISO day strings (see the type parsers in database.ts). */
  trial_ends_at: IsoDay | null;
  monitored_users: number;
  seats: number | null;
  billing_anchor: IsoDay | null;
  period_start: IsoDay | null;
  renews_on: IsoDay | null;
  pending_seats: number | null;
  cancels_on: IsoDay | null;
  prorated_numerator: BigIntColumn;
  ended_on: IsoDay | null;
  delete_after: IsoDay | null;
  version: number;
}

export interface AccountHistoryTable {
  id: Generated<string>;
  msp_id: string;
  account_number: string;
  organization_name: string;
  at: Timestamp;
  actor: string;
  action: string;
  summary: string;
  before: Json;
  after: Json;
  charge_cents: number | null;
}

export interface SettlementTable {
  id: Generated<number>;
  settled_through: IsoDay;
}

export interface Database {
  settlement: SettlementTable;
  msps: MspTable;
  staff_users: StaffUserTable;
  sessions: SessionTable;
  accounts: AccountTable;
  account_history: AccountHistoryTable;
}
