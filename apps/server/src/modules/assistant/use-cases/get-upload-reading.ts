import type { DocumentReading } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx } from '../../../platform/db/database.ts';
import { findHeldUpload, UploadNotFoundError } from '../../attachments/index.ts';
import { findReadings } from '../assistant.repo.ts';
import type { ReadingAccessDeps } from '../ports.ts';
import { readingView } from './reading-view.ts';

export interface UploadReadingInput {
  tenantId: string;
  uploadId: string;
  /** The token the upload's answer carried: only the uploader has it. */
  token: string;
  /** An officer reading at the counter (audit-logged); absent for the citizen's own app. */
  officer?: { id: string; requestId: string };
}

/**
 * The document check and proposed fields of one upload, for whoever holds its token: the citizen
 * who took the photo, or the officer who scanned it at the counter. A wrong token, an unknown id
 * and another province's upload all answer "not found". An officer's read is written to the audit
 * log in the same transaction, before anything is returned.
 */
export async function getUploadReading(deps: ReadingAccessDeps, input: UploadReadingInput): Promise<DocumentReading> {
  const { tenantId, uploadId } = input;
  return withTx(deps.database, tenantId, async (tx) => {
    const upload = await findHeldUpload(tx, deps.keyProvider, { tenantId, uploadId, token: input.token });
    if (!upload) throw new UploadNotFoundError();
    const [reading] = await findReadings(tx, tenantId, [upload.id]);
    if (input.officer) {
      await appendAudit(tx, tenantId, {
        actorType: 'officer',
        actorId: input.officer.id,
        action: 'upload.reading.read',
        subjectType: 'upload',
        subjectId: upload.id,
        requestId: input.officer.requestId,
        detail: { via: 'token' },
      });
    }
    return readingView(tx, deps.keyProvider, tenantId, upload, reading);
  });
}
