import type { BulkAction } from '../../api/bulk-contract';
import { accountRules } from '../../domain/account-rules';

/** What each bulk action is called and says: the bar draws its button before the dialog's code is loaded. */
export const bulkWording: Record<BulkAction, { button: string; verb: string; done: string; description: string }> = {
  extendTrial: {
    button: 'Extend trials…',
    verb: 'Extend',
    done: 'extended',
    description: `Each trial is extended from the later of today and its end. A trial runs at most ${accountRules.maxTrialDays} days from its creation; any that would pass it are refused and listed.`,
  },
  endTrial: {
    button: 'End trials…',
    verb: 'End',
    done: 'ended',
    description: 'Each trial ends today and goes on Freemium (3 monitored users). Any the rules refuse are listed.',
  },
  removeExpired: {
    button: 'Remove…',
    verb: 'Remove',
    done: 'removed',
    description:
      'Each expired trial moves to Removed and cancelled, where it can be restored for 14 days. Any the rules refuse are listed.',
  },
};
