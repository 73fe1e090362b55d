import type { Tx } from '../../platform/db/database.ts';
import { findVersionById as readVersionById, type StoredVersion } from './catalog.repo.ts';

/** Published versions never change (a trigger refuses UPDATE and DELETE), so one read serves all. */
const MAX_ENTRIES = 2_000;
const versions = new Map<string, StoredVersion>();

/**
 * A procedure version by id, from memory once read. Dossiers pin their version, so every
 * transition that needs the time limit or the document list asks for the same few versions.
 */
export async function findVersionById(tx: Tx, tenantId: string, id: string): Promise<StoredVersion | undefined> {
  const key = `${tenantId}/${id}`;
  const known = versions.get(key);
  if (known) {
    versions.delete(key);
    versions.set(key, known);
    return known;
  }
  const found = await readVersionById(tx, tenantId, id);
  if (!found) return undefined;
  versions.set(key, found);
  if (versions.size > MAX_ENTRIES) {
    const oldest = versions.keys().next();
    if (!oldest.done) versions.delete(oldest.value);
  }
  return found;
}
