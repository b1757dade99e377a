import { dayOf, type IsoDay } from '../src/domain/calendar';
import type {
  AccountRecord,
  AccountStore,
  CreateResult,
  FleetSummary,
  ListQuery,
  ListResult,
  NewAccountRecord,
} from '../server/store/account-record';
import { MemoryStore } from '../server/store/memory-store';
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
  /** Records created or changed since seeding, applied over the seeded fleet. */
  changed: AccountRecord[];
}

export interface DemoStoreOptions {
  settings: DemoSettings;
  clock: () => Date;
  storage?: DemoStorage | null;
  /** Runs a write alone across tabs (navigator.locks in the browser). */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * The demo's database: the seeded fleet in memory plus the visitor's
 * changes, which are saved in the browser so they survive a reload. Tabs
 * share the saved copy: each request first catches up with changes another
 * tab saved, and writes run one at a time across tabs, so two tabs cannot
 * create two accounts for one email.
 */
export class DemoStore implements AccountStore {
  private memory = new MemoryStore();
  private changed = new Map<string, AccountRecord>();
  private revision = '';
  private fleetDay: IsoDay;
  private readonly key: string;

  constructor(private readonly options: DemoStoreOptions) {
    this.key = `mcc.demo.v1:${options.settings.seed}:${options.settings.accounts}`;
    this.fleetDay = dayOf(options.clock());
    this.catchUp(true);
  }

  get settings(): DemoSettings {
    return this.options.settings;
  }

  async list(query: ListQuery): Promise<ListResult> {
    this.catchUp();
    return this.memory.list(query);
  }

  async summary(today: IsoDay): Promise<FleetSummary> {
    this.catchUp();
    return this.memory.summary(today);
  }

  async get(accountNumber: string): Promise<AccountRecord | null> {
    this.catchUp();
    return this.memory.get(accountNumber);
  }

  async create(account: NewAccountRecord): Promise<CreateResult> {
    return this.write(async () => {
      const result = await this.memory.create(account);
      if (result.ok) this.changed.set(result.record.accountNumber, result.record);
      return result;
    });
  }

  /** Back to the seeded fleet, grown anew for today. */
  async reset(): Promise<void> {
    await this.exclusive(async () => {
      this.changed.clear();
      this.fleetDay = dayOf(this.options.clock());
      this.options.storage?.removeItem(this.key);
      this.rebuild();
    });
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
    const saved = this.read();
    if (!force && (saved?.revision ?? '') === this.revision) return;
    this.revision = saved?.revision ?? '';
    this.changed = new Map((saved?.changed ?? []).map((record) => [record.accountNumber, record]));
    if (saved) this.fleetDay = saved.fleetDay;
    this.rebuild();
  }

  private rebuild(): void {
    this.memory = new MemoryStore(
      generateDemoFleet({ seed: this.options.settings.seed, size: this.options.settings.accounts, today: this.fleetDay }),
    );
    this.memory.load(this.changed.values());
  }

  private read(): SavedDemo | null {
    try {
      const text = this.options.storage?.getItem(this.key);
      return text ? (JSON.parse(text) as SavedDemo) : null;
    } catch {
      // A corrupt or unreadable copy is dropped: the demo starts from its seed.
      return null;
    }
  }

  private save(): void {
    if (!this.options.storage) return;
    this.revision = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const saved: SavedDemo = { revision: this.revision, fleetDay: this.fleetDay, changed: [...this.changed.values()] };
    try {
      this.options.storage.setItem(this.key, JSON.stringify(saved));
    } catch {
      // Storage full or disabled (private mode): the demo keeps working for this page's life.
    }
  }
}
