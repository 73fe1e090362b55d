import type { DossierReadings } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx } from '../../../platform/db/database.ts';
import { findDossierDocuments, findDossierDocumentsByKey } from '../../applications/index.ts';
import { findUploadsById } from '../../attachments/index.ts';
import type { Officer } from '../../identity/index.ts';
import { findReadings } from '../assistant.repo.ts';
import type { ReadingAccessDeps } from '../ports.ts';
import { readingView } from './reading-view.ts';

/**
 * Who asks: an officer (a role on the receiving or the holding unit; 403 otherwise), or the holder
 * of the dossier's look-up key (the citizen's app; a wrong key is "not found", as an unknown code).
 */
export type DossierReader = { officer: Officer } | { key: string };

/**
 * What the assistant read from a dossier's photos, for whoever may open its files: its officers,
 * or the citizen with the dossier's key. Only this dossier's photos; those that were not read
 * (PDFs, portrait pictures) are left out. Each photo whose reading is returned is audit-logged,
 * like opening the photo itself, in the same transaction.
 */
export async function listDossierReadings(
  deps: ReadingAccessDeps,
  input: { tenantId: string; code: string; reader: DossierReader; requestId: string },
): Promise<DossierReadings> {
  const { tenantId, code, reader } = input;
  return withTx(deps.database, tenantId, async (tx) => {
    const dossier =
      'officer' in reader
        ? await findDossierDocuments(tx, { tenantId, code, officer: reader.officer })
        : await findDossierDocumentsByKey(tx, { tenantId, code, key: reader.key });
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
        ...('officer' in reader
          ? { actorType: 'officer', actorId: reader.officer.id }
          : { actorType: 'citizen', actorId: null }),
        action: 'upload.reading.read',
        subjectType: 'upload',
        subjectId: upload.id,
        requestId: input.requestId,
        detail: { applicationId: dossier.applicationId, ...('officer' in reader ? {} : { via: 'lookup_key' }) },
      });
      items.push({ ...view, documentKey: document.documentKey });
    }
    return { items };
  });
}
