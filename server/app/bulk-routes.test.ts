import { describe, expect, it } from 'vitest';
import { generateDemoFleet } from '../../mocks/demo-fleet';
import { bulkOutcomeSchema } from '../../src/api/bulk-contract';
import { deriveStatus } from '../../src/domain/account-status';
import type { Role } from '../../src/domain/permissions';
import { MemoryStore } from '../store/memory-store';
import { createApiApp } from './create-api-app';

const TODAY = '2026-11-22';

function appAs(role: Role) {
  const fleet = generateDemoFleet({ seed: 9, size: 60, today: TODAY, mspId: 'bulk-roles' });
  const app = createApiApp({
    store: new MemoryStore(fleet),
    clock: () => new Date(`${TODAY}T12:00:00Z`),
    authenticate: async () => ({ mspId: 'bulk-roles', staffEmail: `${role}@bulk.example`, staffId: role, role }),
  });
  const numbers = (status: 'trial' | 'expired') =>
    fleet
      .filter((record) => deriveStatus(record.plan, record.trialEndsAt, TODAY) === status)
      .map((r) => r.accountNumber);
  const bulk = (body: unknown) =>
    app.request('/api/v1/accounts/bulk', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  return { numbers, bulk };
}

describe('bulk actions and roles', () => {
  it('needs the permission of the action itself: Sales extends trials but may not remove them', async () => {
    const sales = appAs('sales');
    const extended = await sales.bulk({
      action: 'extendTrial',
      days: 7,
      accountNumbers: sales.numbers('trial').slice(0, 2),
    });
    expect(extended.status).toBe(200);
    expect(bulkOutcomeSchema.parse(await extended.json()).succeeded).toHaveLength(2);

    const removal = await sales.bulk({ action: 'removeExpired', accountNumbers: sales.numbers('expired').slice(0, 2) });
    expect(removal.status).toBe(403);
    expect(await removal.json()).toMatchObject({ title: 'Only an Admin can remove an account.' });

    const admin = appAs('admin');
    const removed = await admin.bulk({ action: 'removeExpired', accountNumbers: admin.numbers('expired').slice(0, 2) });
    expect(bulkOutcomeSchema.parse(await removed.json()).succeeded).toHaveLength(2);
  });

  it('refuses a Technician every bulk action', async () => {
    const technician = appAs('technician');
    const response = await technician.bulk({
      action: 'endTrial',
      accountNumbers: technician.numbers('trial').slice(0, 1),
    });
    expect(response.status).toBe(403);
  });
});
