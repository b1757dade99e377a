import { dayOf, type IsoDay } from '../src/domain/calendar';
import type {
  AccountRecord,
  AccountStore,
  CreateResult,
  Decision,
  EndedQuery,
  EndedResult,
  FleetSummary,
  HistoryEntry,
  HistoryQuery,
  HistoryResult,
  ListQuery,
  ListResult,
  NewAccountRecord,
  NewHistoryEntry,
  Scope,
  UpdateResult,
} from '../server/store/account-record';
import { MemoryStore, type MemoryWrite } from '../server/store/memory-store';
import { generateDemoFleet } from './demo-fleet';

export interface DemoSettings {
  seed: number;
  accounts: number;
}

/** The part of the Web Storage API the demo uses; localStorage in the browser, a Map in tests. */
export type DemoStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface SavedDemo {
  /** Changes on every save, so another tab can tell its copy is stale. */
  revision: string;
  /** The day the seeded fleet was grown for; kept so a reload tomorrow shows the same fleet. */
  fleetDay: IsoDay;
  /** How far the demo clock has been moved forward, in days. */
  clockOffsetDays: number;
  /** Records created or changed since seeding, applied over the seeded fleet. */
  changed: AccountRecord[];
  deleted: string[];
  history: HistoryEntry[];
  /** The last day the settler brought the demo up to (server/app/settle-due.ts). */
  settledThrough?: IsoDay | null;
}

export interface DemoStoreOptions {
  settings: DemoSettings;
  /** The real clock; the demo clock runs `clockOffsetDays` ahead of it. */
  clock: () => Date;
  storage?: DemoStorage | null;
  /** Runs a write alone across tabs (navigator.locks in the browser). */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
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
  private saved: SavedDemo;
  private readonly key: string;

  constructor(private readonly options: DemoStoreOptions) {
    this.key = `mcc.demo.v2:${options.settings.seed}:${options.settings.accounts}`;
    this.saved = this.blank();
    this.catchUp(true);
  }

  get settings(): DemoSettings {
    return this.options.settings;
  }

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

  async list(scope: Scope, query: ListQuery): Promise<ListResult> {
    this.catchUp();
    return this.memory.list(scope, query);
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

  async history(scope: Scope, query: HistoryQuery): Promise<HistoryResult> {
    this.catchUp();
    return this.memory.history(scope, query);
  }

  async due(today: IsoDay): Promise<Array<{ mspId: string; accountNumber: string }>> {
    this.catchUp();
    return this.memory.due(today);
  }

  async settledThrough(): Promise<IsoDay | null> {
    this.catchUp();
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

  /** Back to the seeded fleet, grown anew for today, with the demo clock back at today. */
  async reset(): Promise<void> {
    await this.exclusive(async () => {
      this.options.storage?.removeItem(this.key);
      this.saved = this.blank();
      this.rebuild();
    });
  }

  private blank(): SavedDemo {
    return {
      revision: '',
      fleetDay: dayOf(this.options.clock()),
      clockOffsetDays: 0,
      changed: [],
      deleted: [],
      history: [],
    };
  }

  private record(write: MemoryWrite): void {
    const deleted = new Set([...this.saved.deleted, ...write.deleted]);
    const changed = new Map(this.saved.changed.map((record) => [record.accountNumber, record]));
    for (const number of write.deleted) changed.delete(number);
    for (const record of write.changed) {
      changed.set(record.accountNumber, record);
      deleted.delete(record.accountNumber);
    }
    this.saved = {
      ...this.saved,
      changed: [...changed.values()],
      deleted: [...deleted],
      history: [...this.saved.history, ...write.history],
    };
  }

  private async write<T>(work: () => Promise<T>): Promise<T> {
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

  private catchUp(force = false): void {
    // Without storage this copy is the only one: there is nothing to catch up with.
    if (!force && !this.options.storage) return;
    const stored = this.read();
    if (!force && (stored?.revision ?? '') === this.saved.revision) return;
    this.saved = stored ?? this.blank();
    this.rebuild();
  }

  private rebuild(): void {
    this.memory = new MemoryStore(
      generateDemoFleet({
        seed: this.options.settings.seed,
        size: this.options.settings.accounts,
        today: this.saved.fleetDay,
      }),
      {
        onWrite: (write) => this.record(write),
        onSettled: (day) => {
          this.saved.settledThrough = day;
        },
        settledThrough: this.saved.settledThrough ?? null,
      },
    );
    this.memory.drop(this.saved.deleted);
    this.memory.load(this.saved.changed, this.saved.history);
  }

  private read(): SavedDemo | null {
    try {
      const text = this.options.storage?.getItem(this.key);
      if (!text) return null;
      const saved = JSON.parse(text) as Partial<SavedDemo>;
      if (typeof saved.revision !== 'string' || typeof saved.fleetDay !== 'string' || !Array.isArray(saved.changed))
        return null;
      return { ...this.blank(), ...saved };
    } catch {
      // A corrupt or unreadable copy is dropped: the demo starts from its seed.
      return null;
    }
  }

  private save(): void {
    this.saved.revision = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    if (!this.options.storage) return;
    try {
      this.options.storage.setItem(this.key, JSON.stringify(this.saved));
    } catch {
      // Storage full or disabled (private mode): the demo keeps working for this page's life.
    }
  }
}
