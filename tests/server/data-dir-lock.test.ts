// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataDir } from '../../server/sql/data-dir-lock';

describe('the PGlite data folder lock', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'mcc-lock-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('lets one holder in at a time, and the next one in after release', async () => {
    const release = await lockDataDir(dataDir);
    expect(await readFile(path.join(dataDir, 'mcc.lock'), 'utf8')).toBe(String(process.pid));
    await expect(lockDataDir(dataDir)).rejects.toThrow(/already open/);
    await release();
    const again = await lockDataDir(dataDir);
    await again();
  });

  it('refuses while another live process holds it, and takes over from a dead one', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await writeFile(path.join(dataDir, 'mcc.lock'), String(other.pid));
      await expect(lockDataDir(dataDir)).rejects.toThrow(new RegExp(`in use by process ${other.pid}`));
    } finally {
      const exited = new Promise((resolve) => other.once('exit', resolve));
      other.kill();
      await exited;
    }
    const release = await lockDataDir(dataDir);
    await release();
  });
});
