import { withTx } from '../../../platform/db/database.ts';
import { openDeclaredUpload, recordDocumentCheck, type DocumentDeclaration } from '../../attachments/index.ts';
import { OcrTimeoutError } from '../assistant.errors.ts';
import { saveReading } from '../assistant.repo.ts';
import { judgeDocument } from '../domain/document-check.ts';
import { readIdCard } from '../domain/id-card.ts';
import { pageText, type OcrPage } from '../domain/ocr-page.ts';
import { prepareForOcr } from '../ocr/prepare-image.ts';
import type { ReadDocumentDeps } from '../ports.ts';
import { sealReading } from '../sealed-reading.ts';
import { slotExpectation } from './slot-expectation.ts';

/** What one run did, for the job's log line: ids, types and timings only. */
export interface ReadOutcome {
  outcome: 'read' | 'failed' | 'skipped';
  documentType?: 'id_card' | 'text';
  matches?: boolean;
  fields?: number;
  ms?: number;
}

async function recognise(deps: ReadDocumentDeps, bytes: Buffer): Promise<OcrPage | 'timeout' | 'undecodable'> {
  let image: Buffer;
  try {
    image = await prepareForOcr(bytes);
  } catch {
    return 'undecodable';
  }
  try {
    return await deps.ocr.read(image);
  } catch (error) {
    if (error instanceof OcrTimeoutError) return 'timeout';
    throw error;
  }
}

function declarationOf(declaration: DocumentDeclaration) {
  return { procedureCode: declaration.procedureCode, documentKey: declaration.documentKey };
}

/**
 * The job behind a declared photo: decrypts it (in the worker only), recognises its text, judges
 * whether it is the document the slot asks for and, for an ID card, proposes the form's fields.
 * The text and the proposals are sealed with the province's key; the verdict joins the photo's
 * quality report so the citizen is warned before sending. Nothing is filled in anywhere: the
 * proposals wait for a person to confirm them. Nothing read is logged.
 */
export async function readDeclaredDocument(
  deps: ReadDocumentDeps,
  tenantId: string,
  uploadId: string,
): Promise<ReadOutcome> {
  const photo = await openDeclaredUpload(deps, tenantId, uploadId);
  if (!photo) return { outcome: 'skipped' };
  const expected = await withTx(deps.database, tenantId, (tx) => slotExpectation(tx, tenantId, photo.declaration));
  if (expected === 'picture') {
    await withTx(deps.database, tenantId, (tx) => recordDocumentCheck(tx, tenantId, uploadId, undefined));
    return { outcome: 'skipped' };
  }
  const started = Date.now();
  const page = await recognise(deps, photo.bytes);
  const durationMs = Date.now() - started;
  const base = {
    uploadId,
    ...declarationOf(photo.declaration),
    documentType: expected,
    durationMs,
    readAt: deps.now(),
  };
  if (typeof page === 'string') {
    await withTx(deps.database, tenantId, async (tx) => {
      await saveReading(tx, tenantId, {
        ...base,
        status: 'failed',
        textFound: false,
        documentMatches: null,
        sealed: null,
        keyId: null,
        failure: page,
      });
      await recordDocumentCheck(tx, tenantId, uploadId, undefined);
    });
    return { outcome: 'failed', documentType: expected, ms: durationMs };
  }
  const verdict = judgeDocument(expected, page);
  const proposals = expected === 'id_card' && verdict.matches ? readIdCard(page) : [];
  const sealed = sealReading(deps.keyProvider, tenantId, uploadId, { text: pageText(page), proposals });
  await withTx(deps.database, tenantId, async (tx) => {
    await saveReading(tx, tenantId, {
      ...base,
      status: 'done',
      textFound: verdict.textFound,
      documentMatches: verdict.matches,
      ...sealed,
      failure: null,
    });
    await recordDocumentCheck(tx, tenantId, uploadId, { expected, matches: verdict.matches });
  });
  return {
    outcome: 'read',
    documentType: expected,
    matches: verdict.matches,
    fields: proposals.length,
    ms: durationMs,
  };
}
