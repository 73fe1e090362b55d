import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localObjectStore } from './local-store.ts';
import { InvalidStorageKeyError, type ObjectStore } from './object-store.ts';

let root: string;
let store: ObjectStore;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'motcua-store-'));
  store = localObjectStore(path.join(root, 'files'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('localObjectStore', () => {
  it('stores, reads, overwrites and deletes an object', async () => {
    await store.put('uploads/t1/u1/file', Buffer.from('one'));
    expect((await store.get('uploads/t1/u1/file'))?.toString()).toBe('one');
    await store.put('uploads/t1/u1/file', Buffer.from('two'));
    expect((await store.get('uploads/t1/u1/file'))?.toString()).toBe('two');
    await store.delete('uploads/t1/u1/file');
    expect(await store.get('uploads/t1/u1/file')).toBeUndefined();
    await expect(store.delete('uploads/t1/u1/file')).resolves.toBeUndefined();
  });

  it('leaves no temporary files behind', async () => {
    await store.put('uploads/t2/u2/file', Buffer.alloc(100_000, 1));
    expect(await readdir(path.join(root, 'files', 'uploads', 't2', 'u2'))).toEqual(['file']);
  });

  it.each([
    '../outside',
    'uploads/../../outside',
    '/etc/passwd',
    'uploads//file',
    'uploads/./file',
    'uploads/.hidden',
    'uploads\\..\\outside',
    'uploads/%2e%2e/outside',
    '',
    'a/b/',
    'uploads/na\0me',
  ])('refuses the key %j', async (key) => {
    await expect(store.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(store.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });

  it('cannot read a file next to the store through a crafted key', async () => {
    await writeFile(path.join(root, 'secret'), 'secret');
    await expect(store.get('../secret')).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(await readdir(root)).toContain('secret');
  });
});
