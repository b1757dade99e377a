import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const LOCK_FILE = 'mcc.lock';
/** Folders this process holds: a pid check cannot tell a second opener in the same process. */
const held = new Set<string>();

/** What the lock file says about its holder. */
interface LockHolder {
  pid: number;
  /** When the holder's process started, in clock ticks since boot (Linux); null where the OS does not say. */
  started: string | null;
  /** Random per lock, for a person reading the file. */
  instance?: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A process's start time as the kernel keeps it (field 22 of /proc/<pid>/stat),
 * or null where there is no /proc. A pid is reused after a restart (in a
 * container the server is often pid 1 every time), a pid with its start time
 * is not.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) && parsed.pid > 0)
      return { pid: parsed.pid, started: typeof parsed.started === 'string' ? parsed.started : null };
  } catch {
    // The first format held the pid alone.
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? { pid, started: null } : null;
}

/** Whether the process the lock names is still the one that took it. */
function holderIsAlive(holder: LockHolder): boolean {
  if (holder.pid === process.pid || !isRunning(holder.pid)) return false;
  const started = processStartTime(holder.pid);
  // Where both start times are known, a different one is another process under a reused pid.
  if (started !== null && holder.started !== null) return started === holder.started;
  // A lock of the first format (pid only): on Linux, only a Node process can be a server.
  if (started !== null && holder.started === null) return isNodeProcess(holder.pid);
  return true;
}

function isNodeProcess(pid: number): boolean {
  try {
    return /node|tsx/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true;
  }
}

/**
 * PGlite is one Postgres in this process: a second process opening the same
 * files would corrupt them. A lock file naming our pid and start time keeps a
 * second server (or create-staff) out while the first runs. A lock left by a
 * process that has died, or whose pid now belongs to another process, is
 * taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = path.resolve(dataDir, LOCK_FILE);
  if (held.has(file)) throw new Error(`${dataDir} is already open in this process.`);
  const mine: LockHolder = { pid: process.pid, started: processStartTime(process.pid), instance: randomUUID() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(file, JSON.stringify(mine), { flag: 'wx' });
      held.add(file);
      return async () => {
        held.delete(file);
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = parseHolder(await readFile(file, 'utf8').catch(() => ''));
      if (holder && holderIsAlive(holder))
        throw new Error(
          `${dataDir} is in use by process ${holder.pid}. Stop it first, or use another DATA_DIR (PGlite serves one process at a time).`,
        );
      await rm(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}.`);
}
