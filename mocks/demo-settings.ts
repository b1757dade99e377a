// Imports nothing but types: the page's demo connection (mocks/demo-connection.ts) reads the settings, and src/demo-start.ts
// awaits that chunk at its top level, so it must not import the page's first chunk (tests/first-board-imports.test.ts holds it).
import type { DemoSettings } from './demo-store';

export const DEFAULT_DEMO_ACCOUNTS = 60;
export const DEFAULT_DEMO_SEED = 42;
export const MAX_DEMO_ACCOUNTS = 50_000;

const REMEMBERED = 'mcc.demo.settings';

function readInteger(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^-?\d+$/.test(value.trim())) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) ? Math.min(Math.max(number, min), max) : null;
}

/**
 * The demo fleet's size and seed: `demoAccounts` and `demoSeed` in the URL
 * when the page loads, else what this tab last used (so a reload keeps the
 * fleet), else the defaults.
 */
export function demoSettingsFrom(search: string, session: Pick<Storage, 'getItem' | 'setItem'> | null): DemoSettings {
  const params = new URLSearchParams(search);
  let remembered: Partial<DemoSettings> = {};
  try {
    remembered = JSON.parse(session?.getItem(REMEMBERED) ?? '{}') as Partial<DemoSettings>;
  } catch {
    remembered = {};
  }
  const settings: DemoSettings = {
    accounts:
      readInteger(params.get('demoAccounts'), 0, MAX_DEMO_ACCOUNTS) ?? remembered.accounts ?? DEFAULT_DEMO_ACCOUNTS,
    seed: readInteger(params.get('demoSeed'), 0, 2 ** 31 - 1) ?? remembered.seed ?? DEFAULT_DEMO_SEED,
  };
  session?.setItem(REMEMBERED, JSON.stringify(settings));
  return settings;
}

/** Where a demo of these settings saves its changes in localStorage (its batches are `<key>:<n>`). */
export function demoStorageKey(settings: DemoSettings): string {
  return `mcc.demo.v3:${settings.seed}:${settings.accounts}`;
}
