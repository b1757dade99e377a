// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataDir, processStartTime } from '../../server/sql/data-dir-lock';

async function withProcess(command: string, args: string[], body: (pid: number) => Promise<void>) {
  const other = spawn(command, args);
  try {
    await body(other.pid!);
  } finally {
    const exited = new Promise((resolve) => other.once('exit', resolve));
    other.kill();
    await exited;
  }
}

describe('the PGlite data folder lock', () => {
  let dataDir: string;
  const lockFile = () => path.join(dataDir, 'mcc.lock');
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'mcc-lock-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('lets one holder in at a time, and the next one in after release', async () => {
    const release = await lockDataDir(dataDir);
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(lockDataDir(dataDir)).rejects.toThrow(/already open/);
    await release();
    const again = await lockDataDir(dataDir);
    await again();
  });

  it('refuses while the live process that took it holds it, and takes over from a dead one', async () => {
    await withProcess(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], async (pid) => {
      await writeFile(lockFile(), JSON.stringify({ pid, started: processStartTime(pid) }));
      await expect(lockDataDir(dataDir)).rejects.toThrow(new RegExp(`in use by process ${pid}`));
    });
    const release = await lockDataDir(dataDir);
    await release();
  });

  it.skipIf(processStartTime(process.pid) === null)(
    'takes over a stale lock whose pid now belongs to an unrelated live process',
    async () => {
      await withProcess('sleep', ['30'], async (pid) => {
        // The same pid, started at another time: the holder died and the pid was given to someone else.
        await writeFile(lockFile(), JSON.stringify({ pid, started: '1' }));
        const release = await lockDataDir(dataDir);
        await release();
        // The first format (the pid alone) naming a process that is not Node is stale too.
        await writeFile(lockFile(), String(pid));
        const again = await lockDataDir(dataDir);
        await again();
      });
    },
  );
});
