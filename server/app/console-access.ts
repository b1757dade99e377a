/** What one "Open account" token lets the customer's console do: open this account, for this staff member. */
export interface OpenAccountGrant {
  mspId: string;
  accountNumber: string;
  staffEmail: string;
  expiresAt: string;
}

/** One line of an MSP's audit log. Kept generic (action + details) so later features add their own. */
export interface AuditEvent {
  mspId: string;
  at: string;
  actor: string;
  action: string;
  details: Record<string, unknown>;
}

/**
 * Where minted "Open account" tokens (by hash) and audit events live: memory
 * for the demo and the tests, the database in live mode.
 */
export interface ConsoleAccessStore {
  saveGrant(tokenHash: string, grant: OpenAccountGrant): Promise<void>;
  /** The grant, marked used in the same step, if it exists, is unused and has not expired; else null. */
  useGrant(tokenHash: string, now: Date): Promise<OpenAccountGrant | null>;
  audit(event: AuditEvent): Promise<void>;
  /** The MSP's latest audit events, newest first; only these actions when `actions` is given. */
  auditEvents(mspId: string, limit: number, actions?: readonly string[]): Promise<AuditEvent[]>;
}

export class MemoryConsoleAccess implements ConsoleAccessStore {
  private grants = new Map<string, OpenAccountGrant & { used: boolean }>();
  private events: AuditEvent[] = [];

  async saveGrant(tokenHash: string, grant: OpenAccountGrant): Promise<void> {
    this.grants.set(tokenHash, { ...grant, used: false });
  }

  async useGrant(tokenHash: string, now: Date): Promise<OpenAccountGrant | null> {
    const grant = this.grants.get(tokenHash);
    if (!grant || grant.used || grant.expiresAt <= now.toISOString()) return null;
    grant.used = true;
    const { used: _used, ...rest } = grant;
    return rest;
  }

  async audit(event: AuditEvent): Promise<void> {
    this.events.push(event);
  }

  async auditEvents(mspId: string, limit: number, actions?: readonly string[]): Promise<AuditEvent[]> {
    return this.events
      .filter((event) => event.mspId === mspId && (!actions || actions.includes(event.action)))
      .slice(-limit)
      .reverse();
  }
}
