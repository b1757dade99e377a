import { addDays, dayOf, type IsoDay } from '../src/domain/calendar';
import type {
  AccountRecord,
  AccountStore,
  AlertState,
  CreateResult,
  Decision,
  EndedQuery,
  EndedResult,
  FleetInsights,
  FleetSummary,
  HistoryEntry,
  HistoryFilters,
  HistoryQuery,
  HistoryResult,
  HistoryTotals,
  InsightsQuery,
  ListQuery,
  ListPage,
  ListResult,
  NewAccountRecord,
  NewHistoryEntry,
  Scope,
  StaffSummary,
  AssignResult,
  UpdateResult,
} from '../server/store/account-record';
import {
  MemoryStore,
  type AssignmentChange,
  type MemoryWrite,
  type StoredAlertState,
} from '../server/store/memory-store';
import type { AttentionCounts } from '../src/domain/attention';
import type { StaffTeam, TeamRef } from '../src/api/teams-contract';
import type { TeamEvent } from '../server/store/memory-teams';
import type { TeamRecords } from '../server/store/team-records';
import { accountRules } from '../src/domain/account-rules';
import { accountPast, latestPastAtFor, pastInShort } from './account-past';
import { DEMO_MSP_ID, generateDemoFleet } from './demo-fleet';
import { demoFleetHistory } from './demo-history';
import { measure, phase } from './demo-phases';
import { demoStorageKey } from './demo-settings';
import { DEMO_STAFF, demoStaffSeed, demoTeamStaff } from './demo-staff';
import { MemoryTeamStore, type MemoryTeamState, type TeamStore } from '../server/app/team-store';

export interface DemoSettings {
  seed: number;
  accounts: number;
}

/** The part of the Web Storage API the demo uses; localStorage in the browser, a Map in tests. */
export type DemoStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * What is saved, in two parts so a write saves only what it changed: this
 * small record under the fleet's key, and each write's changes as one batch
 * under `<key>:<index>`. Another tab reads this record on every request and
 * replays only the batches it has not seen.
 */
interface SavedDemo {
  /** Changes on every save, so another tab can tell its copy is stale. */
  revision: string;
  /** Which life of the saved demo this is: new after a reset, so a tab starts over instead of catching up. */
  epoch: string;
  /** The day the seeded fleet was grown for; kept so a reload tomorrow shows the same fleet. */
  fleetDay: IsoDay;
  /** How far the demo clock has been moved forward, in days. */
  clockOffsetDays: number;
  /** How many change batches are saved (keys `<key>:0` … `<key>:<batches - 1>`). */
  batches: number;
  /** Saved by earlier versions; each copy now settles (and remembers having settled) on its own. */
  settledThrough?: IsoDay | null;
}

export interface DemoStoreOptions {
  settings: DemoSettings;
  /** The real clock; the demo clock runs `clockOffsetDays` ahead of it. */
  clock: () => Date;
  storage?: DemoStorage | null;
  /** Runs a write alone across tabs (navigator.locks in the browser). */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Where new account numbers come from (random by default; tests give a fixed series). */
  accountNumberCandidate?: () => string;
}

const DAY_MS = 86_400_000;

/**
 * The demo's database: the seeded fleet in memory plus the visitor's
 * changes, which are saved in the browser so they survive a reload. Tabs
 * share the saved copy: each request first catches up with what another tab
 * saved, and writes run one at a time across tabs, so two tabs cannot create
 * two accounts for one email.
 */
export class DemoStore implements AccountStore {
  private memory = new MemoryStore();
  /** The Team page's staff and invites; rebuilt with the fleet, each change saved as a batch's `teamPage`. */
  private teamPage = new MemoryTeamStore();
  private saved: SavedDemo;
  private readonly key: string;
  /** This copy's writes not saved yet: saved as one batch when the write (or batch of writes) ends. */
  private pending: MemoryWrite = emptyWrite();
  private batching = false;

  constructor(private options: DemoStoreOptions) {
    this.key = demoStorageKey(options.settings);
    // The previous layout saved everything in one item; it is not read any more, so it is not kept either.
    options.storage?.removeItem(`mcc.demo.v2:${options.settings.seed}:${options.settings.accounts}`);
    this.saved = this.blank();
    this.catchUp(true);
  }

  get settings(): DemoSettings {
    return this.options.settings;
  }

  /** The Team page over the demo: reads catch up with the other tabs first, changes are saved like any write. */
  readonly team: TeamStore = {
    team: async (scope, now) => {
      this.catchUp();
      return this.teamPage.team(scope, now);
    },
    invite: (scope, invite) => this.write(async () => this.teamPage.invite(scope, invite)),
    revokeInvite: (scope, inviteId) => this.write(async () => this.teamPage.revokeInvite(scope, inviteId)),
    changeRole: (scope, staffId, role) => this.write(async () => this.teamPage.changeRole(scope, staffId, role)),
    deactivate: (scope, staffId) => this.write(async () => this.teamPage.deactivate(scope, staffId)),
  };

  /** The demo's now: the real clock moved forward by the demo clock. */
  now(): Date {
    this.catchUp();
    return new Date(this.options.clock().getTime() + this.saved.clockOffsetDays * DAY_MS);
  }

  get clockOffsetDays(): number {
    return this.saved.clockOffsetDays;
  }

  async advanceClock(days: number): Promise<void> {
    await this.write(async () => {
      this.saved.clockOffsetDays += days;
    });
  }

  /** Readies the search over the fleet while nobody waits (the Worker calls it once today is settled). */
  prepareSearch(pause?: () => Promise<void>): Promise<void> {
    return this.memory.prepareSearch(dayOf(this.now()), pause);
  }

  async list(scope: Scope, query: ListQuery): Promise<ListResult> {
    this.catchUp();
    return this.memory.list(scope, query);
  }

  async page(scope: Scope, query: ListQuery): Promise<ListPage> {
    this.catchUp();
    return this.memory.page(scope, query);
  }

  async listEnded(scope: Scope, query: EndedQuery): Promise<EndedResult> {
    this.catchUp();
    return this.memory.listEnded(scope, query);
  }

  async summary(scope: Scope, today: IsoDay): Promise<FleetSummary> {
    this.catchUp();
    return this.memory.summary(scope, today);
  }

  async get(scope: Scope, accountNumber: string): Promise<AccountRecord | null> {
    this.catchUp();
    return this.memory.get(scope, accountNumber);
  }

  async withOrganizationName(scope: Scope, nameKey: string, limit: number): Promise<AccountRecord[]> {
    this.catchUp();
    return this.memory.withOrganizationName(scope, nameKey, limit);
  }

  async history(scope: Scope, query: HistoryQuery): Promise<HistoryResult> {
    this.catchUp();
    return this.memory.history(scope, query);
  }

  async historyTotals(scope: Scope, filters: HistoryFilters): Promise<HistoryTotals> {
    this.catchUp();
    return this.memory.historyTotals(scope, filters);
  }

  async attention(scope: Scope, today: IsoDay): Promise<AttentionCounts> {
    this.catchUp();
    return this.memory.attention(scope, today);
  }

  async alertState(scope: Scope, staffEmail: string): Promise<AlertState> {
    this.catchUp();
    return this.memory.alertState(scope, staffEmail);
  }

  /** Saved like every other demo write, so another tab (and a reload) sees what was read. */
  async saveAlertState(scope: Scope, state: AlertState): Promise<void> {
    await this.write(() => this.memory.saveAlertState(scope, state));
  }

  async due(today: IsoDay): Promise<Array<{ mspId: string; accountNumber: string }>> {
    this.catchUp();
    return this.memory.due(today);
  }

  async mspsWithoutSnapshot(day: IsoDay): Promise<string[]> {
    this.catchUp();
    return this.memory.mspsWithoutSnapshot(day);
  }

  // Snapshots are not saved with the visitor's changes: the history is grown with the fleet, and the settle of
  // the demo's today records today's again after a reload.
  async recordSnapshot(scope: Scope, day: IsoDay, pricePerSeatCents: number): Promise<void> {
    this.catchUp();
    return this.memory.recordSnapshot(scope, day, pricePerSeatCents);
  }

  async insights(scope: Scope, query: InsightsQuery): Promise<FleetInsights> {
    this.catchUp();
    return this.memory.insights(scope, query);
  }

  async staff(scope: Scope): Promise<StaffSummary[]> {
    this.catchUp();
    return this.memory.staff(scope);
  }

  async assigneesOf(scope: Scope, accountNumber: string): Promise<StaffSummary[] | null> {
    this.catchUp();
    return this.memory.assigneesOf(scope, accountNumber);
  }

  async setAssignment(
    scope: Scope,
    staffId: string,
    accountNumbers: readonly string[],
    assigned: boolean,
  ): Promise<AssignResult> {
    return this.write(() => this.memory.setAssignment(scope, staffId, accountNumbers, assigned));
  }

  async teams(scope: Scope): Promise<StaffTeam[]> {
    this.catchUp();
    return this.memory.teams(scope);
  }

  async teamsOf(scope: Scope, accountNumber: string): Promise<TeamRef[] | null> {
    this.catchUp();
    return this.memory.teamsOf(scope, accountNumber);
  }

  createTeam: TeamRecords['createTeam'] = (scope, name) => this.write(() => this.memory.createTeam(scope, name));
  renameTeam: TeamRecords['renameTeam'] = (scope, teamId, name) =>
    this.write(() => this.memory.renameTeam(scope, teamId, name));
  deleteTeam: TeamRecords['deleteTeam'] = (scope, teamId) => this.write(() => this.memory.deleteTeam(scope, teamId));
  setTeamMember: TeamRecords['setTeamMember'] = (scope, teamId, staffId, member) =>
    this.write(() => this.memory.setTeamMember(scope, teamId, staffId, member));
  setTeamAssignment: TeamRecords['setTeamAssignment'] = (scope, teamId, accountNumbers, assigned) =>
    this.write(() => this.memory.setTeamAssignment(scope, teamId, accountNumbers, assigned));

  async settledThrough(): Promise<IsoDay | null> {
    this.catchUp();
    // This copy's own: what the settle changes is redone by every copy, never saved (see batch).
    return this.memory.settledThrough();
  }

  async markSettled(day: IsoDay): Promise<void> {
    await this.write(() => this.memory.markSettled(day));
  }

  async create(account: NewAccountRecord, history: NewHistoryEntry): Promise<CreateResult> {
    return this.write(() => this.memory.create(account, history));
  }

  async update<T>(
    scope: Scope,
    accountNumber: string,
    decide: (record: AccountRecord) => Decision<T>,
  ): Promise<UpdateResult<T>> {
    return this.write(() => this.memory.update(scope, accountNumber, decide));
  }

  /**
   * Many writes under one cross-tab lock, saved as one batch. A redoable batch (the daily settle: renewals,
   * trials running out, deletions after retention, all decided by the data and the day alone) is not saved at
   * all: each tab, and each reload, redoes it over its own copy, so a week of the clock at 50,000 accounts
   * saves nothing but the clock's move, instead of millions of characters that overflow localStorage.
   */
  async batch<T>(work: () => Promise<T>, options: { redoable?: boolean } = {}): Promise<T> {
    if (this.batching) return work();
    if (options.redoable) {
      this.catchUp();
      this.batching = true;
      try {
        return await work();
      } finally {
        this.batching = false;
        this.pending = emptyWrite();
      }
    }
    return this.exclusive(async () => {
      this.catchUp();
      const before = JSON.stringify(this.saved);
      this.batching = true;
      try {
        return await work();
      } finally {
        this.batching = false;
        // A batch that changed nothing saves nothing: a save is a storage event that makes every other tab refetch.
        if (!this.isPendingEmpty() || JSON.stringify(this.saved) !== before) this.save();
      }
    });
  }

  /** Back to the seeded fleet, grown anew for today, with the demo clock back at today. */
  async reset(): Promise<void> {
    await this.exclusive(async () => {
      const stored = this.readSaved();
      this.forget(Math.max(stored?.batches ?? 0, this.saved.batches));
      this.saved = this.blank();
      this.pending = emptyWrite();
      this.rebuild([]);
    });
  }

  private blank(): SavedDemo {
    return {
      revision: '',
      epoch: '',
      fleetDay: dayOf(this.options.clock()),
      clockOffsetDays: 0,
      batches: 0,
    };
  }

  private isPendingEmpty(): boolean {
    return writeSize(this.pending) === 0;
  }

  private collect(write: MemoryWrite): void {
    this.pending.changed.push(...write.changed);
    this.pending.deleted.push(...write.deleted);
    this.pending.history.push(...write.history);
    this.pending.assignments!.push(...(write.assignments ?? []));
    if (write.alertStates) (this.pending.alertStates ??= []).push(...write.alertStates);
    if (write.teams) (this.pending.teams ??= []).push(...write.teams);
    if (write.teamPage) this.pending.teamPage = write.teamPage;
  }

  private async write<T>(work: () => Promise<T>): Promise<T> {
    // Inside a batch the lock is held already and the batch saves at its end.
    if (this.batching) return work();
    return this.exclusive(async () => {
      this.catchUp();
      const result = await work();
      this.save();
      return result;
    });
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.options.exclusive ? this.options.exclusive(work) : work();
  }

  /**
   * Reads the small saved record (not the changes) and, when another tab
   * saved since, replays only its new batches; a reset elsewhere, or a first
   * load, rebuilds from the seed.
   */
  private catchUp(force = false): void {
    // Without storage this copy is the only one: there is nothing to catch up with.
    if (!force && !this.options.storage) return;
    const stored = this.readSaved();
    if (!force && (stored?.revision ?? '') === this.saved.revision) return;
    if (
      !force &&
      stored &&
      stored.epoch === this.saved.epoch &&
      stored.fleetDay === this.saved.fleetDay &&
      stored.batches >= this.saved.batches
    ) {
      const batches = this.readBatches(this.saved.batches, stored.batches);
      if (batches) {
        for (const batch of batches) {
          this.memory.apply(batch);
          if (batch.teamPage) this.teamPage.restore(batch.teamPage);
        }
        this.saved = stored;
        return;
      }
    }
    const batches = stored ? this.readBatches(0, stored.batches) : [];
    // A missing or corrupt batch: the saved copy cannot be trusted, and the demo starts from its seed.
    this.saved = stored && batches ? stored : this.blank();
    this.rebuild(batches ?? []);
  }

  private rebuild(batches: MemoryWrite[]): void {
    // All batches merged first, so the fleet is sorted once rather than once per change.
    const changed = new Map<string, AccountRecord>();
    const deleted = new Set<string>();
    const history: HistoryEntry[] = [];
    const assignments: AssignmentChange[] = [];
    const alertStates: StoredAlertState[] = [];
    const teams: TeamEvent[] = [];
    let teamPage: MemoryTeamState | undefined;
    for (const batch of batches) {
      teamPage = batch.teamPage ?? teamPage;
      assignments.push(...(batch.assignments ?? []));
      teams.push(...(batch.teams ?? []));
      alertStates.push(...(batch.alertStates ?? []));
      for (const number of batch.deleted) {
        changed.delete(number);
        deleted.add(number);
      }
      for (const record of batch.changed) {
        changed.set(record.accountNumber, record);
        deleted.delete(record.accountNumber);
      }
      history.push(...batch.history);
    }
    const { seed, accounts } = this.options.settings;
    const fleetDay = this.saved.fleetDay;
    const seeded = phase('grow-fleet', () =>
      demoStaffSeed(generateDemoFleet({ seed, size: accounts, today: fleetDay })),
    );
    const fleet = seeded.fleet;
    const building = performance.now();
    // Grown oldest first (numbered in creation order), the boards' order backwards.
    this.memory = new MemoryStore(fleet.toReversed(), {
      inBoardOrder: true,
      staff: Object.values(DEMO_STAFF),
      // Each sample account's past up to the day the fleet was grown (by the demo's Admin); the settler writes what
      // came after.
      past: {
        entriesOf: (record) => accountPast(record, fleetDay, DEMO_STAFF.admin.email),
        inShortOf: (record) => pastInShort(record, fleetDay, DEMO_STAFF.admin.email),
        latestOf: latestPastAtFor(fleetDay),
      },
      onWrite: (write) => this.collect(write),
      accountNumberCandidate: this.options.accountNumberCandidate,
      // The seeded fleet is grown as of its day; every day from it to the demo's today is settled anew, over the
      // visitor's saved changes.
      settledThrough: addDays(this.saved.fleetDay, -1),
    });
    // Accounts created and then deleted for good in saved batches: their numbers stay issued.
    this.memory.rememberIssued(deleted);
    this.memory.loadSnapshots(
      { mspId: DEMO_MSP_ID },
      demoFleetHistory(fleet, {
        seed,
        today: this.saved.fleetDay,
        days: 365,
        pricePerSeatCents: accountRules.pricePerSeatCents,
      }),
    );
    this.memory.drop(deleted);
    this.memory.load(changed.values(), history);
    this.memory.loadAssignments([...seeded.assignments, ...assignments]);
    this.memory.loadAlertStates(alertStates);
    this.memory.loadTeams(teams);
    const now = new Date(this.options.clock().getTime() + this.saved.clockOffsetDays * DAY_MS);
    this.teamPage = new MemoryTeamStore(demoTeamStaff(now), (state) =>
      this.collect({ changed: [], deleted: [], history: [], teamPage: state }),
    );
    if (teamPage) this.teamPage.restore(teamPage);
    measure('build-store', building);
  }

  private readSaved(): SavedDemo | null {
    try {
      const text = this.options.storage?.getItem(this.key);
      if (!text) return null;
      const saved = JSON.parse(text) as Partial<SavedDemo>;
      if (typeof saved.revision !== 'string' || typeof saved.fleetDay !== 'string' || typeof saved.batches !== 'number')
        return null;
      return { ...this.blank(), ...saved };
    } catch {
      // A corrupt or unreadable copy is dropped: the demo starts from its seed.
      return null;
    }
  }

  /** Batches `from` … `to - 1`, or null when one is missing or corrupt. */
  private readBatches(from: number, to: number): MemoryWrite[] | null {
    const batches: MemoryWrite[] = [];
    try {
      for (let index = from; index < to; index += 1) {
        const text = this.options.storage?.getItem(`${this.key}:${index}`);
        if (!text) return null;
        const batch = JSON.parse(text) as Partial<MemoryWrite>;
        if (
          !Array.isArray(batch.changed) ||
          !Array.isArray(batch.deleted) ||
          !Array.isArray(batch.history) ||
          (batch.alertStates !== undefined && !Array.isArray(batch.alertStates)) ||
          (batch.teams !== undefined && !Array.isArray(batch.teams)) ||
          (batch.teamPage !== undefined &&
            (!Array.isArray(batch.teamPage.staff) || !Array.isArray(batch.teamPage.invites)))
        )
          return null;
        batches.push(batch as MemoryWrite);
      }
    } catch {
      return null;
    }
    return batches;
  }

  private forget(batches: number): void {
    const storage = this.options.storage;
    if (!storage) return;
    storage.removeItem(this.key);
    for (let index = 0; index < batches; index += 1) storage.removeItem(`${this.key}:${index}`);
  }

  /** Saves this write's changes as one new batch, and the small record: the cost follows the change, not the fleet. */
  private save(): void {
    const random = () => Math.random().toString(36).slice(2);
    this.saved.revision = `${Date.now().toString(36)}-${random()}`;
    if (!this.saved.epoch) this.saved.epoch = random();
    const pending = this.pending;
    this.pending = emptyWrite();
    if (!this.options.storage) return;
    try {
      if (writeSize(pending) > 0) {
        this.options.storage.setItem(`${this.key}:${this.saved.batches}`, JSON.stringify(pending));
        this.saved.batches += 1;
      }
      this.options.storage.setItem(this.key, JSON.stringify(this.saved));
    } catch {
      // Storage full or disabled (private mode): the demo keeps working for this page's life. Nothing more is
      // saved from here on, so that a reload finds the last complete state, never later batches without this one.
      this.options = { ...this.options, storage: null };
    }
  }
}

function emptyWrite(): MemoryWrite {
  return { changed: [], deleted: [], history: [], assignments: [] };
}

function writeSize(write: MemoryWrite): number {
  return (
    write.changed.length +
    write.deleted.length +
    write.history.length +
    (write.assignments?.length ?? 0) +
    (write.alertStates?.length ?? 0) +
    (write.teams?.length ?? 0) +
    (write.teamPage ? 1 : 0)
  );
}
