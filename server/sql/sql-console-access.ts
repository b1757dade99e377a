import type { Kysely } from 'kysely';
import type { AuditEvent, ConsoleAccessStore, OpenAccountGrant } from '../app/console-access';
import type { Database } from './schema';

/** "Open account" tokens and the audit log in the database: single use holds across processes. */
export class SqlConsoleAccess implements ConsoleAccessStore {
  constructor(private readonly db: Kysely<Database>) {}

  async saveGrant(tokenHash: string, grant: OpenAccountGrant): Promise<void> {
    await this.db
      .insertInto('open_account_tokens')
      .values({
        token_hash: tokenHash,
        msp_id: grant.mspId,
        staff_email: grant.staffEmail,
        account_number: grant.accountNumber,
        expires_at: grant.expiresAt,
      })
      .execute();
    // Spent and expired tokens go now and then, on the way: no timer to run.
    if (Math.random() < 0.05)
      await this.db.deleteFrom('open_account_tokens').where('expires_at', '<=', new Date()).execute();
  }

  async useGrant(tokenHash: string, now: Date): Promise<OpenAccountGrant | null> {
    // One statement: of two simultaneous redeems, only one finds used_at still null.
    const row = await this.db
      .updateTable('open_account_tokens')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['msp_id', 'account_number', 'staff_email', 'expires_at'])
      .executeTakeFirst();
    return row
      ? {
          mspId: row.msp_id,
          accountNumber: row.account_number,
          staffEmail: row.staff_email,
          expiresAt: row.expires_at.toISOString(),
        }
      : null;
  }

  async audit(event: AuditEvent): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({
        msp_id: event.mspId,
        at: event.at,
        actor: event.actor,
        action: event.action,
        details: JSON.stringify(event.details),
      })
      .execute();
  }

  async auditEvents(mspId: string, limit: number, actions?: readonly string[]): Promise<AuditEvent[]> {
    let query = this.db.selectFrom('audit_events').selectAll().where('msp_id', '=', mspId);
    if (actions) query = query.where('action', 'in', actions.length > 0 ? [...actions] : ['']);
    const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((row) => ({
      mspId: row.msp_id,
      at: row.at.toISOString(),
      actor: row.actor,
      action: row.action,
      details: row.details,
    }));
  }
}
