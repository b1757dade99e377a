import { accountRules } from '../account-rules';
import type { AccountStatus } from '../account-status';
import type { IsoDay } from '../calendar';
import { extendedTrialEnd, trialCap } from './lifecycle-rules';

export const accountActionNames = [
  'upgrade',
  'extendTrial',
  'endTrial',
  'changeSeats',
  'cancel',
  'resume',
  'remove',
  'restore',
  'download',
] as const;
export type AccountAction = (typeof accountActionNames)[number];

/** What the console calls each action, on every button and dialog. */
export const actionLabels: Record<AccountAction, string> = {
  upgrade: 'Upgrade to paid',
  extendTrial: 'Extend trial',
  endTrial: 'End trial',
  changeSeats: 'Change seats',
  cancel: 'Cancel subscription',
  resume: 'Resume subscription',
  remove: 'Remove account',
  restore: 'Restore',
  download: 'Download data',
};

interface ActionFacts {
  status: AccountStatus;
  createdAt: string;
  trialEndsAt: IsoDay | null;
  cancelsOn: IsoDay | null;
}

/** The extension lengths that still fit within the trial's 90-day cap. */
export function trialExtensionsThatFit(account: ActionFacts, today: IsoDay): number[] {
  if (account.status !== 'trial' && account.status !== 'expired') return [];
  const cap = trialCap(account);
  return accountRules.trialExtensionDays.filter((days) => extendedTrialEnd(account, days, today) <= cap);
}

/** The actions an account's state allows, in the order the console offers them. */
export function allowedActions(account: ActionFacts, today: IsoDay): AccountAction[] {
  switch (account.status) {
    case 'trial':
      return [
        'upgrade',
        ...(trialExtensionsThatFit(account, today).length ? (['extendTrial'] as const) : []),
        'endTrial',
      ];
    case 'expired':
      return [
        'upgrade',
        ...(trialExtensionsThatFit(account, today).length ? (['extendTrial'] as const) : []),
        'remove',
      ];
    case 'paid':
      return account.cancelsOn === null ? ['changeSeats', 'cancel'] : ['resume'];
    case 'removed':
      return ['restore', 'download'];
    case 'cancelled':
      return ['download'];
  }
}
