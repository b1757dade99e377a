import type { ColumnType, Generated } from 'kysely';
import type { AccountPlan } from '../../src/domain/account-status';
import type { IsoDay } from '../../src/domain/calendar';
import type { Role } from '../../src/domain/permissions';

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
  role: Role;
  /** Set when the staff member was deactivated: they cannot sign in, and their sessions have ended. */
  deactivated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token: a stolen copy of the table signs nobody in. */
  token_hash: string;
  staff_user_id: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  /** Moved forward by requests (at most once a minute); two hours behind now, the session has ended. */
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** What the staff member sees in their session list (the token's hash is never shown). */
  id: Generated<string>;
  /** The browser's User-Agent at sign-in, cut to 512 characters, for "Firefox on Windows". */
  user_agent: ColumnType<string | null, string | null | undefined, string | null>;
  client: ColumnType<string | null, string | null | undefined, string | null>;
  /** The staff member's role changed: the next request gives the session a new id (the old one then answers 401). */
  rotate_pending: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface StaffInviteTable {
  id: Generated<string>;
  msp_id: string;
  email: string;
  email_key: string;
  role: Role;
  /** SHA-256 of the link's token: the link itself is shown once and never stored. */
  token_hash: string;
  /** The inviting staff member's email. */
  invited_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface AccountTable {
  account_number: string;
  msp_id: string;
  organization_name: string;
  email: string;
  email_key: string;
  /** Name, email and number folded for search (src/domain/search-text.ts), written by the app. */
  search_text: string;
  /** The folded name, in "C" collation: what the name sort orders by. */
  name_key: string;
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
  /** The staff member (staff_users.id) whose upgrade made it paid; null before roles existed. */
  converted_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AccountAssignmentTable {
  msp_id: string;
  /** bigint, read as a string. */
  staff_user_id: BigIntColumn;
  account_number: string;
  assigned_at: Generated<Date>;
}

export interface TeamTable {
  msp_id: string;
  id: Generated<string>;
  name: string;
  created_at: Generated<Date>;
}

export interface TeamMemberTable {
  msp_id: string;
  team_id: string;
  staff_user_id: BigIntColumn;
  added_at: Generated<Date>;
}

export interface TeamAccountAssignmentTable {
  msp_id: string;
  team_id: string;
  account_number: string;
  assigned_at: Generated<Date>;
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
  /** The day a change time brought took effect (migration 0009); null for changes people made. */
  effective_on: IsoDay | null;
}

export interface FleetSnapshotTable {
  msp_id: string;
  day: IsoDay;
  active_users: BigIntColumn;
  paid_accounts: number;
  seats: BigIntColumn;
  mrr_cents: BigIntColumn;
  trials_active: number;
  trials_expired: number;
  over_seats: number;
}

export interface SignInFailureTable {
  id: Generated<string>;
  email_key: string;
  /** The client's address (see clientAddress in live-server.ts). */
  client: string;
  at: Timestamp;
}

export interface IssuedAccountNumberTable {
  account_number: string;
  msp_id: string;
  issued_at: Generated<Date>;
}

export interface OpenAccountTokenTable {
  token_hash: string;
  msp_id: string;
  staff_email: string;
  account_number: string;
  expires_at: Timestamp;
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface AuditEventTable {
  id: Generated<string>;
  msp_id: string;
  at: Timestamp;
  actor: string;
  action: string;
  details: ColumnType<Record<string, unknown>, string, string>;
}

export interface SettlementTable {
  id: Generated<number>;
  settled_through: IsoDay;
}

export interface StaffAlertStateTable {
  msp_id: string;
  staff_email: string;
  digest: boolean;
  last_read_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface Database {
  settlement: SettlementTable;
  msps: MspTable;
  staff_users: StaffUserTable;
  sessions: SessionTable;
  accounts: AccountTable;
  account_history: AccountHistoryTable;
  fleet_snapshots: FleetSnapshotTable;
  sign_in_failures: SignInFailureTable;
  issued_account_numbers: IssuedAccountNumberTable;
  open_account_tokens: OpenAccountTokenTable;
  audit_events: AuditEventTable;
  account_assignments: AccountAssignmentTable;
  staff_invites: StaffInviteTable;
  staff_alert_state: StaffAlertStateTable;
  teams: TeamTable;
  team_members: TeamMemberTable;
  team_account_assignments: TeamAccountAssignmentTable;
}
