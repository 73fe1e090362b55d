import type { FileSource, PickedFile, Platform } from '../platform/platform.ts';

export interface FakePlatform extends Platform {
  /** Files `pickFile` answers next, in order; an empty queue answers null (cancelled). */
  readonly filesToPick: PickedFile[];
  readonly pickedSources: FileSource[];
  readonly sharedUrls: string[];
}

/** A platform that remembers in memory and shares nothing, for component tests. */
export function createFakePlatform(overrides: Partial<Platform> = {}): FakePlatform {
  const values = new Map<string, string>();
  const filesToPick: PickedFile[] = [];
  const pickedSources: FileSource[] = [];
  const sharedUrls: string[] = [];
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
    share: ({ url }) => {
      sharedUrls.push(url);
      return Promise.resolve('copied');
    },
    openExternal: () => Promise.resolve(),
    getUserInfo: () => Promise.resolve(null),
    pickFile: (source) => {
      pickedSources.push(source);
      return Promise.resolve(filesToPick.shift() ?? null);
    },
    canPickPdf: true,
    getIdentityTokens: () => Promise.resolve(null),
    filesToPick,
    pickedSources,
    sharedUrls,
    ...overrides,
  };
}

/** A small JPEG-looking file for the photo step (the compression is mocked in tests). */
export function fakePhoto(name = 'anh.jpg'): PickedFile {
  return { blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: 'image/jpeg' }), name };
}
