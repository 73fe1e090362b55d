import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { InvalidStorageKeyError, storageKeySegments, type ObjectStore } from './object-store.ts';

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

async function writeDurably(file: string, bytes: Buffer): Promise<void> {
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Files under one directory. A write goes to a temporary file in the same directory, is flushed,
 * then renamed over the target, so a reader sees the old object or the new one, never half of one.
 */
export function localObjectStore(root: string): ObjectStore {
  const base = path.resolve(root);

  function pathOf(key: string): string {
    const full = path.resolve(base, ...storageKeySegments(key));
    // The segment rules already forbid `..`; this keeps the guarantee if those rules ever change.
    if (!full.startsWith(base + path.sep)) throw new InvalidStorageKeyError('invalid storage key');
    return full;
  }

  return {
    async put(key, bytes) {
      const target = pathOf(key);
      const directory = path.dirname(target);
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeDurably(temporary, bytes);
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      // The row pointing at this object is committed next: make the rename itself survive a crash.
      await syncDirectory(directory);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
