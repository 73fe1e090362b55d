import type { Tx } from '../../../platform/db/database.ts';
import { assertApplicationTotal, findUploads } from '../../attachments/index.ts';
import { InvalidFilingError } from '../applications.errors.ts';
import { findFiledUploads } from '../applications.repo.ts';

/** Largest total of one dossier's files unless configured (MOTCUA_APPLICATION_MAX_BYTES). */
export const APPLICATION_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Uploads a filing or a supplement brings must exist in the province, must not belong to another
 * dossier already, and together stay under the dossier limit.
 */
export async function checkUploads(
  tx: Tx,
  tenantId: string,
  uploadIds: readonly string[],
  maxBytes: number,
): Promise<void> {
  const { found, missing } = await findUploads(tx, tenantId, uploadIds);
  const absent = new Set(missing);
  const filed = new Set(await findFiledUploads(tx, tenantId, uploadIds));
  const bad = uploadIds.filter((id) => absent.has(id) || filed.has(id));
  if (bad.length > 0) {
    throw new InvalidFilingError(
      'APPLICATION.ATTACHMENT_INVALID',
      bad.map((id) => ({ pointer: `/body/attachments/${id}`, message: 'Tệp không tồn tại hoặc đã được nộp.' })),
      'Có ảnh hoặc tệp đính kèm không hợp lệ hoặc đã hết hạn. Vui lòng tải lên lại.',
    );
  }
  assertApplicationTotal(found, maxBytes);
}
