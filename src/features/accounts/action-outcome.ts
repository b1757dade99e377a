import type { ActionResult } from '../../api/contract';
import { accountRules } from '../../domain/account-rules';
import { formatDay, formatMoney, plural } from '../../components/format';
import type { ActionRequest } from './use-account-action';

/** What an action did, in a sentence: the card it came from may have left the page. */
export function actionOutcome(request: ActionRequest, { account, chargeCents }: ActionResult): string {
  const name = account.organizationName;
  const charged = chargeCents ? `; ${formatMoney(chargeCents)} charged now` : '';
  const seats = plural(account.seats ?? 0, 'seat', 'seats');
  switch (request.action) {
    case 'upgrade':
      return `${name} is now a paid subscription with ${seats}${charged}.`;
    case 'extendTrial':
      return `${name}’s trial now ends on ${formatDay(account.trialEndsAt ?? '')}.`;
    case 'endTrial':
      return `${name}’s trial has ended: it is on Freemium, for ${accountRules.freemiumUserLimit} users.`;
    case 'changeSeats':
      return account.pendingSeats !== null && account.renewsOn
        ? `${name} goes to ${plural(account.pendingSeats, 'seat', 'seats')} on ${formatDay(account.renewsOn)}.`
        : `${name} now has ${seats}${charged}.`;
    case 'withdrawPendingSeats':
      return `${name} keeps its ${seats}: the pending change is withdrawn.`;
    case 'cancel':
      return `${name} is cancelled from ${formatDay(account.cancelsOn ?? '')}; it stays paid until then.`;
    case 'resume':
      return `${name}’s subscription is resumed.`;
    case 'remove':
      return `${name} is removed; it is deleted for good on ${formatDay(account.deleteAfter ?? '')} unless restored.`;
    case 'restore':
      return `${name} is restored.`;
  }
}
