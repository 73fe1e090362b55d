import type { Platform } from '../platform/platform.ts';

/** A platform that remembers in memory and shares nothing, for component tests. */
export function createFakePlatform(): Platform {
  const values = new Map<string, string>();
  return {
    kind: 'web',
    storage: {
      get: (key) => Promise.resolve(values.get(key) ?? null),
      set: (key, value) => {
        values.set(key, value);
        return Promise.resolve();
      },
      remove: (key) => {
        values.delete(key);
        return Promise.resolve();
      },
    },
    share: () => Promise.resolve('copied'),
    openExternal: () => Promise.resolve(),
    getUserInfo: () => Promise.resolve(null),
  };
}
