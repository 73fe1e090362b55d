import type { StorageConfig } from '../../../config/config.ts';
import { localObjectStore } from './local-store.ts';
import type { ObjectStore } from './object-store.ts';
import { s3ObjectStore } from './s3-store.ts';

/** The object store the configuration names: a local directory (default) or an S3 bucket. */
export function createObjectStore(config: StorageConfig): ObjectStore {
  switch (config.kind) {
    case 'local':
      return localObjectStore(config.dir);
    case 's3':
      return s3ObjectStore(config);
  }
}
