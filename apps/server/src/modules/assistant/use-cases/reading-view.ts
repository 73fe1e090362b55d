import type { DocumentReading } from '@motcua/contracts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { HeldUpload } from '../../attachments/index.ts';
import type { ReadingRow } from '../assistant.repo.ts';
import { openReading } from '../sealed-reading.ts';
import { slotExpectation } from './slot-expectation.ts';

function answers(reading: ReadingRow | undefined, upload: HeldUpload): reading is ReadingRow {
  const declared = upload.declaration;
  return (
    reading !== undefined &&
    declared !== null &&
    reading.procedureCode === declared.procedureCode &&
    reading.documentKey === declared.documentKey
  );
}

/**
 * What the holder of an upload sees: the photo check (with the document verdict once read) and,
 * for an ID card, the proposed fields, opened from their sealed form. A reading of an earlier
 * declaration does not count: the photo is being read again for the new one.
 */
export async function readingView(
  tx: Tx,
  keys: KeyProvider,
  tenantId: string,
  upload: HeldUpload,
  reading: ReadingRow | undefined,
): Promise<DocumentReading> {
  const view = { uploadId: upload.id, quality: upload.quality };
  if (upload.declaration === null || upload.kind !== 'image') return { ...view, status: 'none', proposals: [] };
  if (!answers(reading, upload)) {
    const expected = await slotExpectation(tx, tenantId, upload.declaration);
    if (expected === 'picture') return { ...view, status: 'none', proposals: [] };
    return { ...view, status: 'pending', documentType: expected, proposals: [] };
  }
  const documentType = reading.documentType === 'id_card' ? 'id_card' : 'text';
  if (reading.status !== 'done' || reading.sealed === null || reading.keyId === null) {
    return { ...view, status: 'failed', documentType, proposals: [] };
  }
  const content = openReading(keys, tenantId, upload.id, { sealed: reading.sealed, keyId: reading.keyId });
  return { ...view, status: 'done', documentType, proposals: content.proposals };
}
