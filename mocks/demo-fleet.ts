import { accountRules } from '../src/domain/account-rules';
import { trialEndDay } from '../src/domain/account-status';
import { billingPeriodOn, type BillingPeriod } from '../src/domain/billing-period';
import { addDays, laterOf, type IsoDay } from '../src/domain/calendar';
import { normalizeEmail } from '../src/domain/email';
import type { AccountRecord } from '../server/store/account-record';
import { formatAccountNumber } from '../server/store/account-number';
import { newTrialRecord } from '../server/store/new-trial-record';
import { MAX_DEMO_ACCOUNTS } from './demo-settings';
import { between, seededRandom } from './random';

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

const NAME_COUNT = FIRST_WORDS.length * SECOND_WORDS.length * SUFFIXES.length;

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
  const days = new FleetDays(options.today);
  // A name is one of 4,800 word triples, numbered by its words' indexes: how often each was used, its text and its
  // slug are kept by that number, in arrays, not in Maps keyed by the name (whose every lookup hashes the text).
  const used = new Uint16Array(NAME_COUNT);
  const bases = new Array<string | undefined>(NAME_COUNT).fill(undefined);
  const slugs = new Array<string | undefined>(NAME_COUNT).fill(undefined);
  const drafts = new Array<Draft>(size);

  for (let index = 0; index < size; index += 1) {
    // An item of each list, drawn as ever (one draw a list, in this order), so each seed grows the fleet it grew.
    const first = Math.floor(random() * FIRST_WORDS.length);
    const second = Math.floor(random() * SECOND_WORDS.length);
    const suffix = Math.floor(random() * SUFFIXES.length);
    const name = (first * SECOND_WORDS.length + second) * SUFFIXES.length + suffix;
    const base = (bases[name] ??= `${FIRST_WORDS[first]} ${SECOND_WORDS[second]} ${SUFFIXES[suffix]}`);
    const seen = used[name]!;
    used[name] = seen + 1;
    const numeral = seen === 0 ? '' : romanize(seen + 1);
    const organizationName = seen === 0 ? base : `${base} ${numeral}`;
    const roll = random();
    const plan = roll < 0.45 ? 'paid' : 'trial';
    // Trials spread from created today to long expired; paid accounts up to five years old.
    const ageDays = plan === 'paid' ? between(random, 40, 1_800) : between(random, 0, 64);
    const monitoredUsers = plan === 'paid' ? between(random, 1, 250) : between(random, 0, 40);
    const seats = plan === 'paid' ? Math.max(monitoredUsers, monitoredUsers + between(random, -2, 30)) : null;
    const slug = (slugs[name] ??= days.slug(base));
    drafts[index] = draftFor(
      days,
      mspId,
      organizationName,
      index,
      plan,
      -ageDays,
      between(random, 0, 86_399),
      monitoredUsers,
      seats,
      // The slug of "<name> II" is the name's, "-", "ii": worked out once a name, not once a numbered copy.
      seen === 0 ? slug : `${slug}-${numeral.toLowerCase()}`,
    );
  }

  applyEdgeCases(drafts, mspId, days);
  // Issue account numbers in creation order, as a real system would have: by the creation instant, ties in the
  // order grown (as the stable sort by `createdAt` this replaces did). Each key is the instant in whole seconds
  // since the oldest possible day, times 65,536, plus the draft's index (under 50,000): one native numeric sort
  // instead of 800,000 calls of a comparator, exact since every key stays below 2^53.
  const keys = new Float64Array(drafts.length);
  const oldestMs = days.startMs(FleetDays.OLDEST);
  for (let index = 0; index < drafts.length; index += 1)
    keys[index] = ((drafts[index]!.createdMs - oldestMs) / 1000) * 65_536 + index;
  keys.sort();
  const first = options.firstNumber ?? 100_001;
  const fleet = new Array<AccountRecord>(drafts.length);
  for (let index = 0; index < keys.length; index += 1) {
    const record = drafts[keys[index]! % 65_536]!.record as AccountRecord;
    record.accountNumber = formatAccountNumber(first + index);
    fleet[index] = record;
  }
  return fleet;
}

/** A record before its number, with its creation instant in milliseconds to sort by. */
interface Draft {
  record: Omit<AccountRecord, 'accountNumber'>;
  createdMs: number;
}

const DAY_MS = 86_400_000;
/** "00" … "59": the two-digit parts of a time of day. */
const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));
/** "T00:00:00.000Z" … by second of the day, made when first needed. */
const TIMES_OF_DAY = new Array<string | undefined>(86_400).fill(undefined);

/** The time part of an ISO instant at `second` of a day. */
function timeOfDay(second: number): string {
  let time = TIMES_OF_DAY[second];
  if (time === undefined)
    TIMES_OF_DAY[second] =
      time = `T${TWO_DIGITS[Math.floor(second / 3_600)]}:${TWO_DIGITS[Math.floor(second / 60) % 60]}:${TWO_DIGITS[second % 60]}.000Z`;
  return time;
}

/**
 * The calendar work of one fleet, memoized: days are counted from the fleet's today (0 today, -1 yesterday), and
 * 50,000 accounts fall on fewer than 2,000 distinct days and billing anchors; the date arithmetic per account was
 * most of the time the demo took to grow its fleet. The answers are the domain's own (addDays, trialEndDay,
 * billingPeriodOn), only asked once per distinct day, and kept in arrays indexed by the day's offset.
 */
class FleetDays {
  /** Offsets run from OLDEST (index 0) to the fleet's today plus a month; no account is older. */
  static readonly OLDEST = -2_000;
  private isoDays: Array<IsoDay | undefined> = [];
  private trialEnds: Array<IsoDay | undefined> = [];
  private periods = new Map<IsoDay, BillingPeriod>();
  private slugs = new Map<string, string>();
  private readonly todayMs: number;
  constructor(readonly today: IsoDay) {
    this.todayMs = Date.parse(`${today}T00:00:00Z`);
  }

  /** The day `offset` days from the fleet's today. */
  day(offset: number): IsoDay {
    const slot = offset - FleetDays.OLDEST;
    if (slot < 0) return addDays(this.today, offset);
    let day = this.isoDays[slot];
    if (day === undefined) this.isoDays[slot] = day = addDays(this.today, offset);
    return day;
  }

  /** Midnight UTC of the day `offset` days from today, in milliseconds. */
  startMs(offset: number): number {
    return this.todayMs + offset * DAY_MS;
  }

  trialEnd(offset: number): IsoDay {
    const slot = offset - FleetDays.OLDEST;
    let end = slot < 0 ? undefined : this.trialEnds[slot];
    if (end === undefined) {
      end = trialEndDay(this.day(offset), accountRules.trialDays);
      if (slot >= 0) this.trialEnds[slot] = end;
    }
    return end;
  }

  /** The billing period `today` falls in for an anchor; only ever asked about the fleet's own today. */
  period(anchor: IsoDay): BillingPeriod {
    let period = this.periods.get(anchor);
    if (period === undefined) this.periods.set(anchor, (period = billingPeriodOn(anchor, this.today)));
    return period;
  }

  /** A name as an email's domain part: lower case, runs of anything else one "-", none at either end. */
  slug(name: string): string {
    let slug = this.slugs.get(name);
    if (slug === undefined)
      this.slugs.set(
        name,
        (slug = name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')),
      );
    return slug;
  }
}

function draftFor(
  days: FleetDays,
  mspId: string,
  organizationName: string,
  index: number,
  plan: 'paid' | 'trial',
  /** The day it was created, in days from the fleet's today (0 or less). */
  createdOffset: number,
  secondOfDay: number,
  monitoredUsers: number,
  seats: number | null,
  /** The name as an email's domain part (FleetDays.slug). */
  slug: string,
): Draft {
  const createdDay = days.day(createdOffset);
  const email = `admin${index + 1}@${slug.slice(0, 40)}.example`;
  // Accounts of today are created at midnight: any later time could still be in the future when the fleet is
  // grown early in the day, and would stay ahead of every account added after it on the newest-first boards.
  const second = createdOffset >= 0 ? 0 : secondOfDay;
  // What `new Date(ms).toISOString()` gives, without a Date per account: the day, then the time of day (made once a
  // second of the day and kept, so an instant is two strings joined, not seven).
  const createdAt = createdDay + timeOfDay(second);
  const trial = newTrialRecord({
    mspId,
    organizationName,
    email,
    emailKey: normalizeEmail(email),
    createdAt,
    // createdAt falls on createdDay (its second of the day is under 86,400).
    trialEndsAt: days.trialEnd(createdOffset),
    monitoredUsers,
  });
  const draft = { record: trial, createdMs: days.startMs(createdOffset) + second * 1000 };
  if (plan === 'trial') return draft;
  // Paid accounts were upgraded some way into their trial.
  const anchor = laterOf(days.day(createdOffset + Math.min(secondOfDay % 29, 28) + 1), createdDay);
  const period = days.period(anchor);
  // Filled in place: the demo grows up to 50,000 of these while the page starts.
  trial.plan = 'paid';
  trial.seats = seats;
  trial.billingAnchor = anchor;
  trial.periodStart = period.start;
  trial.renewsOn = period.end;
  return draft;
}

/** The cases a demo must be able to show, placed on the first accounts so every fleet of 8 or more has them. */
type DraftArgs = [string, number, 'paid' | 'trial', number, number, number, number | null];

function applyEdgeCases(drafts: Draft[], mspId: string, days: FleetDays): void {
  const draft = (...args: DraftArgs) => draftFor(days, mspId, ...args, days.slug(args[0]));
  const cases: Array<(index: number) => Draft> = [
    (i) => draft('Lastday Logistics Inc.', i, 'trial', 1 - accountRules.trialDays, 36_000, 12, null),
    (i) => draft(LONG_NAME, i, 'trial', -5, 40_000, 7, null),
    (i) => draft('Zero Users Studio', i, 'trial', -2, 30_000, 0, null),
    (i) => draft('Overflow Accounting Partners', i, 'paid', -200, 20_000, 57, 50),
    (i) => draft('Yesterday Ended Realty', i, 'trial', -accountRules.trialDays, 10_000, 5, null),
    (i) => draft('Fresh Start Bakery', i, 'trial', 0, 1_000, 1, null),
    (i) => draft('Empty Seats Consulting', i, 'paid', -90, 50_000, 0, 5),
    (i) => draft('Freemium Forever Clinic', i, 'trial', -100, 45_000, 3, null),
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
