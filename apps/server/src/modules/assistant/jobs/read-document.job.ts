import type { Task } from 'graphile-worker';
import type { ReadDocumentDeps } from '../ports.ts';
import { readDeclaredDocument } from '../use-cases/read-declared-document.ts';

function payloadOf(payload: unknown): { tenantId: string; uploadId: string } {
  const record = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  const { tenantId, uploadId } = record;
  if (typeof tenantId !== 'string' || typeof uploadId !== 'string') {
    throw new Error('attachments:document-declared needs tenantId and uploadId');
  }
  return { tenantId, uploadId };
}

/**
 * Handles `attachments:document-declared {tenantId, uploadId}`: reads the photo for its slot.
 * Logs ids, the document type, the verdict and timings; never what was read.
 */
export function readDocumentJob(deps: ReadDocumentDeps): Task {
  return async (payload, helpers) => {
    const { tenantId, uploadId } = payloadOf(payload);
    const outcome = await readDeclaredDocument(deps, tenantId, uploadId);
    helpers.logger.info(`document reading ${outcome.outcome}`, { uploadId, ...outcome });
  };
}
