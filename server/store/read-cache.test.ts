import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache';

/** A generation moved by hand, as the database's writes move it. */
function generation() {
  let current = 0;
  return { current: () => current, write: () => (current += 1) };
}

describe('a read cache under a write generation', () => {
  it('answers from memory until the generation moves, then reads again', async () => {
    const writes = generation();
    const cache = new ReadCache(writes, 10);
    let reads = 0;
    const load = async () => ({ reads: (reads += 1) });
    expect(await cache.read('board', load)).toEqual({ reads: 1 });
    expect(await cache.read('board', load)).toEqual({ reads: 1 });
    writes.write();
    expect(await cache.read('board', load)).toEqual({ reads: 2 });
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2 });
  });

  it('keeps nothing that a write ran alongside, as the read may or may not hold it', async () => {
    const writes = generation();
    const cache = new ReadCache(writes, 10);
    let reads = 0;
    const loadDuringAWrite = async () => {
      reads += 1;
      writes.write();
      return reads;
    };
    expect(await cache.read('board', loadDuringAWrite)).toBe(1);
    expect(await cache.read('board', async () => (reads += 1))).toBe(2);
    expect(await cache.read('board', async () => (reads += 1))).toBe(2);
  });

  it('reads again an answer that may no longer be given, and keeps the new one', async () => {
    const cache = new ReadCache(generation(), 10);
    let expiresAt = 5;
    const load = async () => ({ expiresAt });
    const now = 7;
    expect(await cache.read('session', load, (kept) => kept.expiresAt > now)).toEqual({ expiresAt: 5 });
    expiresAt = 10;
    expect(await cache.read('session', load, (kept) => kept.expiresAt > now)).toEqual({ expiresAt: 10 });
    expiresAt = 20;
    expect(await cache.read('session', load, (kept) => kept.expiresAt > now)).toEqual({ expiresAt: 10 });
  });

  it('holds at most its capacity, letting the least recently used go', async () => {
    const cache = new ReadCache(generation(), 2);
    let reads = 0;
    const load = async () => (reads += 1);
    await cache.read('a', load);
    await cache.read('b', load);
    await cache.read('a', load); // a is now the most recently used
    await cache.read('c', load); // b goes
    expect(cache.stats().size).toBe(2);
    expect(await cache.read('a', load)).toBe(1);
    expect(await cache.read('c', load)).toBe(3);
    expect(await cache.read('b', load)).toBe(4);
  });

  it('freezes what it hands out, so no caller can change the next caller’s answer', async () => {
    const cache = new ReadCache(generation(), 10);
    const answer = await cache.read('board', async () => ({ items: [{ seats: 3 }] }));
    expect(() => {
      answer.items[0]!.seats = 4;
    }).toThrow(TypeError);
    expect(await cache.read('board', async () => ({ items: [{ seats: 0 }] }))).toEqual({ items: [{ seats: 3 }] });
  });
});
