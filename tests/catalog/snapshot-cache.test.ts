import { describe, expect, it, vi } from 'vitest';
import { createVersionedCache } from '../../lib/catalog/snapshot-cache';

/** A fake catalog source: a version that tests change, a clock they move, and counted loads. */
function fakeSource(checkIntervalMs = 5000) {
  const state = { version: 'v1', clock: 0, loads: 0, versionReads: 0, failNextRead: false };
  const onRefreshError = vi.fn();
  const cache = createVersionedCache({
    load: async () => {
      state.loads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { version: state.version, loadNumber: state.loads };
    },
    readVersion: async () => {
      state.versionReads++;
      if (state.failNextRead) {
        state.failNextRead = false;
        throw new Error('database unavailable');
      }
      return state.version;
    },
    checkIntervalMs,
    now: () => state.clock,
    onRefreshError,
  });
  return { state, cache, onRefreshError };
}

describe('createVersionedCache', () => {
  it('shares one in-flight load between concurrent first callers', async () => {
    const { state, cache } = fakeSource();
    const values = await Promise.all(Array.from({ length: 20 }, () => cache.get()));
    expect(state.loads).toBe(1);
    expect(new Set(values).size).toBe(1);
  });

  it('does not read the version again within the check interval', async () => {
    const { state, cache } = fakeSource();
    await cache.get();
    state.clock = 4999;
    for (let i = 0; i < 50; i++) await cache.get();
    expect(state.versionReads).toBe(0);
  });

  it('serves the current value at once and reloads in the background when the version changed', async () => {
    const { state, cache } = fakeSource();
    const first = await cache.get();
    state.version = 'v2';
    state.clock = 5000;
    expect(await cache.get()).toBe(first); // no waiting on the check
    await cache.settled();
    expect(state.versionReads).toBe(1);
    expect((await cache.get()).version).toBe('v2');
    expect(state.loads).toBe(2);
  });

  it('keeps the value when the version is unchanged', async () => {
    const { state, cache } = fakeSource();
    const first = await cache.get();
    state.clock = 10_000;
    await cache.get();
    await cache.settled();
    expect(await cache.get()).toBe(first);
    expect(state.loads).toBe(1);
  });

  it('keeps serving the old value when a check fails, and reports the failure', async () => {
    const { state, cache, onRefreshError } = fakeSource();
    const first = await cache.get();
    state.failNextRead = true;
    state.clock = 5000;
    await cache.get();
    await cache.settled();
    expect(onRefreshError).toHaveBeenCalledOnce();
    expect(await cache.get()).toBe(first);
  });

  it('loads afresh after clear()', async () => {
    const { state, cache } = fakeSource();
    await cache.get();
    cache.clear();
    state.version = 'v3';
    expect((await cache.get()).version).toBe('v3');
  });

  it('retries a failed first load on the next call', async () => {
    let attempts = 0;
    const cache = createVersionedCache({
      load: async () => {
        attempts++;
        if (attempts === 1) throw new Error('not yet');
        return { version: 'v1' };
      },
      readVersion: async () => 'v1',
      checkIntervalMs: 1000,
    });
    await expect(cache.get()).rejects.toThrow('not yet');
    expect((await cache.get()).version).toBe('v1');
  });
});
