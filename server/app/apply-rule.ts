import type { Context } from 'hono';
import type { ActionResult } from '../../src/api/contract';
import { dayOf, type IsoDay } from '../../src/domain/calendar';
import type { Change, RuleResult } from '../../src/domain/lifecycle/account-state';
import type { AccountRecord, NewHistoryEntry, Refusal } from '../store/account-record';
import type { ApiEnv } from './create-api-app';
import { presentAccount } from './present-account';
import { ProblemError } from './problem';

/**
 * A rule's changes as history entries, made at `at`; a change time brought
 * is dated by the day it took effect (midnight UTC), however late it was
 * settled.
 */
export function historyEntries(changes: Change[], record: AccountRecord, actor: string, at: string): NewHistoryEntry[] {
  return changes.map(({ on, ...change }) => ({
    ...change,
    actor,
    at: on === undefined ? at : `${on}T00:00:00.000Z`,
    effectiveOn: on ?? null,
    organizationName: record.organizationName,
  }));
}

export type Rule = (record: AccountRecord, today: IsoDay) => RuleResult;

/** What one rule did to one account: the account as it now is (null once deleted), or the refusal as HTTP says it. */
export type RuleOutcome =
  | { ok: true; record: AccountRecord | null; chargeCents: number | null; today: IsoDay }
  | { ok: false; refusal: Refusal };

/**
 * Runs one lifecycle rule on one account inside the store's atomic update,
 * recording its history. A refusal is mapped to HTTP here, once, for the
 * single actions and the bulk ones alike: a conflict with the account's
 * state is 409, bad input 422 (and a missing account 404, from the store).
 */
export async function runRule(c: Context<ApiEnv>, accountNumber: string, rule: Rule): Promise<RuleOutcome> {
  const today = dayOf(c.var.clock());
  let chargeCents: number | null = null;
  const outcome = await c.var.store.update(c.var.actor, accountNumber, (record) => {
    // The entry's time is read here, under the account's lock: read before it, two changes that waited
    // for each other could be stamped in the opposite order and history would read "removed, removed".
    const at = c.var.clock().toISOString();
    const result = rule(record, today);
    if (!result.ok) {
      const { kind, message, field } = result.refusal;
      return {
        ok: false,
        refusal: {
          status: kind === 'conflict' ? 409 : 422,
          title: message,
          ...(field ? { errors: { [field]: message } } : {}),
        },
      };
    }
    chargeCents = result.changes.reduce<number | null>(
      (sum, change) => (change.chargeCents === null ? sum : (sum ?? 0) + change.chargeCents),
      null,
    );
    return {
      ok: true,
      record: {
        ...record,
        ...result.state,
        // Who converted a trial: Sales keeps seeing the paid accounts it converted.
        ...(record.plan === 'trial' && result.state.plan === 'paid' ? { convertedBy: c.var.actor.staffId } : {}),
      },
      history: historyEntries(result.changes, record, c.var.actor.staffEmail, at),
      result: null,
    };
  });
  if (!outcome.ok) return outcome;
  return { ok: true, record: outcome.record, chargeCents, today };
}

/** Runs one lifecycle rule on the account of the path and answers with the account as it now is, or problem+json. */
export async function applyRule(c: Context<ApiEnv>, rule: Rule): Promise<Response> {
  const outcome = await runRule(c, c.req.param('accountNumber') ?? '', rule);
  if (!outcome.ok) {
    const { status, title, detail, errors } = outcome.refusal;
    throw new ProblemError(status, title, {
      ...(detail ? { detail } : {}),
      ...(errors ? { errors } : {}),
    });
  }
  if (!outcome.record) throw new ProblemError(404, 'Account not found');
  const body: ActionResult = {
    account: presentAccount(outcome.record, outcome.today, c.var.consoleUrlFor),
    chargeCents: outcome.chargeCents,
  };
  return c.json(body);
}
