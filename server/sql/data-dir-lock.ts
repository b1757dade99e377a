import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const LOCK_FILE = 'mcc.lock';
/** Folders this process holds: a pid check cannot tell a second opener in the same process. */
const held = new Set<string>();

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
 * PGlite is one Postgres in this process: a second process opening the same
 * files would corrupt them. A lock file holding our pid keeps a second server
 * (or create-staff) out while the first runs; one left by a process that has
 * died is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = path.resolve(dataDir, LOCK_FILE);
  if (held.has(file)) throw new Error(`${dataDir} is already open in this process.`);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      held.add(file);
      return async () => {
        held.delete(file);
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder))
        throw new Error(
          `${dataDir} is in use by process ${holder}. Stop it first, or use another DATA_DIR (PGlite serves one process at a time).`,
        );
      await rm(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}.`);
}
