import { accountRules } from '../src/domain/account-rules';
import { trialEndDay } from '../src/domain/account-status';
import { billingPeriodOn } from '../src/domain/billing-period';
import { addDays, dayOf, laterOf, type IsoDay } from '../src/domain/calendar';
import { normalizeEmail } from '../src/domain/email';
import type { AccountRecord } from '../server/store/account-record';
import { formatAccountNumber } from '../server/store/account-number';
import { newTrialRecord } from '../server/store/new-trial-record';
import { between, pick, seededRandom } from './random';

export const DEFAULT_DEMO_ACCOUNTS = 60;
export const DEFAULT_DEMO_SEED = 42;
export const MAX_DEMO_ACCOUNTS = 50_000;
export const DEMO_MSP_ID = 'demo';

const FIRST_WORDS = [
  'Northwind',
  'Bluebird',
  'Harbor',
  'Summit',
  'Cedar',
  'Ironwood',
  'Lakeside',
  'Granite',
  'Redwood',
  'Silverline',
  'Brightpath',
  'Oakridge',
  'Keystone',
  'Maple',
  'Pioneer',
  'Riverside',
  'Clearwater',
  'Evergreen',
  'Beacon',
  'Copperfield',
  'Westbrook',
  'Stonegate',
  'Falcon',
  'Meridian',
];
const SECOND_WORDS = [
  'Dental',
  'Legal',
  'Logistics',
  'Accounting',
  'Veterinary',
  'Architects',
  'Engineering',
  'Realty',
  'Pharmacy',
  'Insurance',
  'Marketing',
  'Clinic',
  'Construction',
  'Consulting',
  'Bakery',
  'Freight',
  'Optometry',
  'Studios',
  'Wealth',
  'Labs',
];
const SUFFIXES = ['Group', 'LLC', 'Inc.', 'Partners', 'Co.', 'Ltd', 'Associates', 'Services', 'Holdings', '& Sons'];

const LONG_NAME = 'The Greater Metropolitan Association of Independent Veterinary Practices and Animal Welfare Clinics';

/**
 * The demo fleet: deterministic for a seed and a day, realistic in its mix,
 * and with the edge cases a demo runs into. Dates are relative to `today` so
 * that the demo always has trials about to end.
 */
export function generateDemoFleet(options: {
  seed: number;
  size: number;
  today: IsoDay;
  mspId?: string;
  /** Numbers start here, so several fleets can share one database. */
  firstNumber?: number;
}): AccountRecord[] {
  const mspId = options.mspId ?? DEMO_MSP_ID;
  const random = seededRandom(options.seed);
  const size = Math.min(Math.max(0, Math.floor(options.size)), MAX_DEMO_ACCOUNTS);
  const usedNames = new Map<string, number>();
  const drafts: Omit<AccountRecord, 'accountNumber'>[] = [];

  for (let index = 0; index < size; index += 1) {
    const base = `${pick(random, FIRST_WORDS)} ${pick(random, SECOND_WORDS)} ${pick(random, SUFFIXES)}`;
    const seen = usedNames.get(base) ?? 0;
    usedNames.set(base, seen + 1);
    const organizationName = seen === 0 ? base : `${base} ${romanize(seen + 1)}`;
    const roll = random();
    const plan = roll < 0.45 ? 'paid' : 'trial';
    // Trials spread from created today to long expired; paid accounts up to five years old.
    const ageDays = plan === 'paid' ? between(random, 40, 1_800) : between(random, 0, 64);
    const createdDay = addDays(options.today, -ageDays);
    const monitoredUsers = plan === 'paid' ? between(random, 1, 250) : between(random, 0, 40);
    const seats = plan === 'paid' ? Math.max(monitoredUsers, monitoredUsers + between(random, -2, 30)) : null;
    drafts.push(
      draftFor(
        mspId,
        options.today,
        organizationName,
        index,
        plan,
        createdDay,
        between(random, 0, 86_399),
        monitoredUsers,
        seats,
      ),
    );
  }

  applyEdgeCases(drafts, options.today, mspId);
  // Issue account numbers in creation order, as a real system would have.
  drafts.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const first = options.firstNumber ?? 100_001;
  return drafts.map((record, index) => Object.assign(record, { accountNumber: formatAccountNumber(first + index) }));
}

type DraftArgs = [string, number, 'paid' | 'trial', IsoDay, number, number, number | null];

function draftFor(
  mspId: string,
  today: IsoDay,
  organizationName: string,
  index: number,
  plan: 'paid' | 'trial',
  createdDay: IsoDay,
  secondOfDay: number,
  monitoredUsers: number,
  seats: number | null,
): Omit<AccountRecord, 'accountNumber'> {
  const email = `admin${index + 1}@${organizationName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)}.example`;
  // Accounts of today are created at midnight: any later time could still be in the future when the fleet is
  // grown early in the day, and would stay ahead of every account added after it on the newest-first boards.
  const second = createdDay >= today ? 0 : secondOfDay;
  const createdAt = new Date(Date.parse(`${createdDay}T00:00:00Z`) + second * 1000).toISOString();
  const trial = newTrialRecord({
    mspId,
    organizationName,
    email,
    emailKey: normalizeEmail(email),
    createdAt,
    trialEndsAt: trialEndDay(dayOf(createdAt), accountRules.trialDays),
    monitoredUsers,
  });
  if (plan === 'trial') return trial;
  // Paid accounts were upgraded some way into their trial.
  const anchor = laterOf(addDays(createdDay, Math.min(secondOfDay % 29, 28) + 1), createdDay);
  const period = billingPeriodOn(anchor, today);
  // Filled in place: the demo grows up to 50,000 of these while the page starts.
  trial.plan = 'paid';
  trial.seats = seats;
  trial.billingAnchor = anchor;
  trial.periodStart = period.start;
  trial.renewsOn = period.end;
  return trial;
}

/** The cases a demo must be able to show, placed on the first accounts so every fleet of 8 or more has them. */
function applyEdgeCases(drafts: Omit<AccountRecord, 'accountNumber'>[], today: IsoDay, mspId: string): void {
  const draft = (...args: DraftArgs) => draftFor(mspId, today, ...args);
  const cases: Array<(index: number) => Omit<AccountRecord, 'accountNumber'>> = [
    (i) => draft('Lastday Logistics Inc.', i, 'trial', addDays(today, 1 - accountRules.trialDays), 36_000, 12, null),
    (i) => draft(LONG_NAME, i, 'trial', addDays(today, -5), 40_000, 7, null),
    (i) => draft('Zero Users Studio', i, 'trial', addDays(today, -2), 30_000, 0, null),
    (i) => draft('Overflow Accounting Partners', i, 'paid', addDays(today, -200), 20_000, 57, 50),
    (i) => draft('Yesterday Ended Realty', i, 'trial', addDays(today, -accountRules.trialDays), 10_000, 5, null),
    (i) => draft('Fresh Start Bakery', i, 'trial', today, 1_000, 1, null),
    (i) => draft('Empty Seats Consulting', i, 'paid', addDays(today, -90), 50_000, 0, 5),
    (i) => draft('Freemium Forever Clinic', i, 'trial', addDays(today, -100), 45_000, 3, null),
  ];
  cases.forEach((make, index) => {
    if (index < drafts.length) drafts[index] = make(index);
  });
}

function romanize(value: number): string {
  const numerals: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}
