import { Hono } from 'hono';
import {
  extendTrialBodySchema,
  seatChangePreviewSchema,
  seatsBodySchema,
  type SeatChangePreview,
} from '../../src/api/contract';
import { dayOf } from '../../src/domain/calendar';
import {
  cancel,
  endTrial,
  extendTrial,
  remove,
  restore,
  resume,
  upgrade,
} from '../../src/domain/lifecycle/lifecycle-rules';
import { changeSeats, previewSeatChange, withdrawPendingSeats } from '../../src/domain/lifecycle/seat-rules';
import { applyRule } from './apply-rule';
import type { ApiEnv } from './create-api-app';
import { ProblemError } from './problem';
import { readJson } from './read-json';

/** Every change an MSP makes to an account's lifecycle; the rules themselves live in src/domain/lifecycle. */
export const lifecycleRoutes = new Hono<ApiEnv>();

lifecycleRoutes.post('/accounts/:accountNumber/upgrade', async (c) => {
  const { seats } = await readJson(c, seatsBodySchema);
  return applyRule(c, (record, today) => upgrade(record, seats, today));
});

lifecycleRoutes.post('/accounts/:accountNumber/extend-trial', async (c) => {
  const { days } = await readJson(c, extendTrialBodySchema);
  return applyRule(c, (record, today) => extendTrial(record, days, today));
});

lifecycleRoutes.post('/accounts/:accountNumber/end-trial', (c) => applyRule(c, endTrial));

lifecycleRoutes.get('/accounts/:accountNumber/seat-change', async (c) => {
  // Plain digits only: Number() would also read "", "0x10" and "1e3".
  const raw = c.req.query('seats') ?? '';
  const seats = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(seats))
    throw new ProblemError(422, 'Give the new number of seats', { errors: { seats: 'Enter a whole number' } });
  const record = await c.var.store.get(c.var.actor, c.req.param('accountNumber'));
  if (!record) throw new ProblemError(404, 'Account not found');
  const result = previewSeatChange(record, seats, dayOf(c.var.clock()));
  if (!result.ok) {
    const { kind, message, field } = result.refusal.refusal;
    throw new ProblemError(kind === 'conflict' ? 409 : 422, message, field ? { errors: { [field]: message } } : {});
  }
  const body: SeatChangePreview = seatChangePreviewSchema.parse(result.preview);
  return c.json(body);
});

lifecycleRoutes.post('/accounts/:accountNumber/seats', async (c) => {
  const { seats } = await readJson(c, seatsBodySchema);
  return applyRule(c, (record, today) => changeSeats(record, seats, today));
});

lifecycleRoutes.delete('/accounts/:accountNumber/pending-seats', (c) => applyRule(c, withdrawPendingSeats));
lifecycleRoutes.post('/accounts/:accountNumber/cancel', (c) => applyRule(c, cancel));
lifecycleRoutes.post('/accounts/:accountNumber/resume', (c) => applyRule(c, resume));
lifecycleRoutes.post('/accounts/:accountNumber/remove', (c) => applyRule(c, remove));
lifecycleRoutes.post('/accounts/:accountNumber/restore', (c) => applyRule(c, restore));
