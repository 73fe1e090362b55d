import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { bumpCatalogRevision } from '../../tenants/index.ts';
import { upsertSynonym } from '../catalog.repo.ts';

export const SynonymInput = Type.Object({
  term: Type.String({ minLength: 2, maxLength: 100, description: 'What citizens type, e.g. "bìa đỏ"' }),
  expansion: Type.String({ minLength: 2, maxLength: 200, description: 'What it means in the catalogue' }),
});
export type SynonymInput = Static<typeof SynonymInput>;

/**
 * Adds (or replaces) a province's search synonym. The province's catalogue revision moves, so every
 * API process rebuilds its search index.
 */
export async function addSynonym(database: Database, tenantId: string, input: SynonymInput): Promise<void> {
  if (!Value.Check(SynonymInput, input)) {
    const errors = [...Value.Errors(SynonymInput, input)].map((e) => ({ pointer: e.path, message: e.message }));
    throw new ValidationError('Invalid synonym', errors);
  }
  await withTx(database, tenantId, async (tx) => {
    await upsertSynonym(tx, tenantId, {
      id: newId(),
      term: input.term.normalize('NFC').trim().toLocaleLowerCase('vi'),
      expansion: input.expansion.normalize('NFC').trim(),
    });
    await bumpCatalogRevision(tx, tenantId);
  });
}
