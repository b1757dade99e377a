import { describe, expect, it } from 'vitest';
import { RequestGate } from './request-gate';

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
};

describe('the Worker’s request gate', () => {
  it('lets background work through only while no request is being answered', async () => {
    const gate = new RequestGate();
    let finish = () => {};
    const answering = gate.answer(() => new Promise<void>((resolve) => (finish = resolve)));
    const quiet = gate.quiet();
    expect(await settled(quiet)).toBe(false);
    finish();
    await answering;
    expect(await settled(quiet)).toBe(true);
  });

  it('is quiet at once, a task later, when nothing is being answered', async () => {
    expect(await settled(new RequestGate().quiet())).toBe(true);
  });

  it('passes on what the request answered, or how it failed, and counts it answered either way', async () => {
    const gate = new RequestGate();
    expect(await gate.answer(async () => 42)).toBe(42);
    await expect(gate.answer(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await settled(gate.quiet())).toBe(true);
  });
});
