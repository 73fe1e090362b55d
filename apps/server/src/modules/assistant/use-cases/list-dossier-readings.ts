import type { DossierReadings } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx } from '../../../platform/db/database.ts';
import { findDossierDocuments } from '../../applications/index.ts';
import { findUploadsById } from '../../attachments/index.ts';
import type { Officer } from '../../identity/index.ts';
import { findReadings } from '../assistant.repo.ts';
import type { ReadingAccessDeps } from '../ports.ts';
import { readingView } from './reading-view.ts';

/**
 * What the assistant read from a dossier's photos, for the officers entitled to open its files
 * (a role on the receiving or the holding unit; 403 otherwise). Photos that were not read (PDFs,
 * portrait pictures) are left out. Each photo whose reading is returned is audit-logged, like
 * opening the photo itself.
 */
export async function listDossierReadings(
  deps: ReadingAccessDeps,
  input: { tenantId: string; code: string; officer: Officer; requestId: string },
): Promise<DossierReadings> {
  const { tenantId } = input;
  return withTx(deps.database, tenantId, async (tx) => {
    const dossier = await findDossierDocuments(tx, { tenantId, code: input.code, officer: input.officer });
    const ids = dossier.documents.map((d) => d.uploadId);
    const uploads = await findUploadsById(tx, tenantId, ids);
    const readings = await findReadings(tx, tenantId, ids);
    const items: DossierReadings['items'] = [];
    for (const document of dossier.documents) {
      const upload = uploads.find((u) => u.id === document.uploadId);
      if (!upload) continue;
      const reading = readings.find((r) => r.uploadId === upload.id);
      const view = await readingView(tx, deps.keyProvider, tenantId, upload, reading);
      if (view.status === 'none') continue;
      await appendAudit(tx, tenantId, {
        actorType: 'officer',
        actorId: input.officer.id,
        action: 'upload.reading.read',
        subjectType: 'upload',
        subjectId: upload.id,
        requestId: input.requestId,
        detail: { applicationId: dossier.applicationId },
      });
      items.push({ ...view, documentKey: document.documentKey });
    }
    return { items };
  });
}
