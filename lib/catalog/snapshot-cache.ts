// A value loaded once and reused, refreshed in the background when its version changes.
// Readers never wait for a version check: they get the current value at once, and at most one
// check runs every `checkIntervalMs`. Concurrent first readers share one in-flight load.

/** How the cache gets its value and the source's current version. */
export interface VersionedSource<T extends { version: string }> {
  load(): Promise<T>;
  /** The source's current version (null when it has none); cheap compared with load(). */
  readVersion(): Promise<string | null>;
  checkIntervalMs: number;
  now?: () => number;
  /** Called when a background refresh fails; the old value stays in use. */
  onRefreshError?: (error: unknown) => void;
}

/** A cache of one versioned value. */
export interface VersionedCache<T> {
  get(): Promise<T>;
  /** The value in use, without loading or checking; undefined before the first load. */
  peek(): T | undefined;
  /** Drops the value; the next get() loads afresh. */
  clear(): void;
  /** Resolves when a background check (and reload) started earlier has finished. */
  settled(): Promise<void>;
}

/** Creates a cache over `source` (see VersionedSource). */
export function createVersionedCache<T extends { version: string }>(source: VersionedSource<T>): VersionedCache<T> {
  const now = source.now ?? Date.now;
  let current: T | undefined;
  let loading: Promise<T> | undefined;
  let checking: Promise<void> | undefined;
  let checkedAt = 0;
  let generation = 0;

  const load = (): Promise<T> => {
    if (loading) return loading;
    const started = generation;
    const attempt = source.load().then((value) => {
      // A clear() while loading makes this result stale: keep it from overwriting.
      if (started === generation) {
        current = value;
        checkedAt = now();
      }
      return value;
    });
    loading = attempt;
    const done = () => {
      if (loading === attempt) loading = undefined;
    };
    attempt.then(done, done);
    return attempt;
  };

  const check = async (): Promise<void> => {
    const version = await source.readVersion();
    if (current && version !== null && version !== current.version) await load();
  };

  return {
    async get() {
      if (!current) return load();
      if (!checking && !loading && now() - checkedAt >= source.checkIntervalMs) {
        checkedAt = now();
        checking = check()
          .catch((error: unknown) => source.onRefreshError?.(error))
          .finally(() => {
            checking = undefined;
          });
      }
      return current;
    },
    peek() {
      return current;
    },
    clear() {
      generation++;
      current = undefined;
      loading = undefined;
      checkedAt = 0;
    },
    async settled() {
      await checking;
      await loading?.catch(() => undefined);
    },
  };
}
