import type {
  DocumentReading,
  SubmitApplicationBody,
  SubmitApplicationResponse,
  UploadCreated,
} from '@motcua/contracts';
import { apiUrl, getJson, postFile, sendJson } from '../../lib/http.ts';

/** Which document a photo is: the procedure's slot, so the server checks it (and reads an ID card). */
export interface DocumentSlot {
  /** Absent for a paper outside the procedure's list (a supplement item): the photo is not declared. */
  procedureCode?: string | undefined;
  documentKey: string;
}

/** `POST /uploads?procedure=&document=`: one photo or PDF of a document; answers its id, check and token. */
export function uploadFile(
  file: Blob,
  fileName: string,
  slot?: DocumentSlot,
  signal?: AbortSignal,
): Promise<UploadCreated> {
  const query =
    slot?.procedureCode === undefined
      ? ''
      : `?${new URLSearchParams({ procedure: slot.procedureCode, document: slot.documentKey }).toString()}`;
  return postFile<UploadCreated>(apiUrl(`/uploads${query}`), file, fileName, signal);
}

/** `GET /uploads/{id}/reading`: the document check and, for an ID card, the proposed fields. */
export function fetchReading(uploadId: string, token: string, signal?: AbortSignal): Promise<DocumentReading> {
  return getJson<DocumentReading>(apiUrl(`/uploads/${encodeURIComponent(uploadId)}/reading`), signal, {
    'x-upload-token': token,
  });
}

/** `POST /applications` with the draft's Idempotency-Key: a retry with the same body files once. */
export function submitApplication(
  body: SubmitApplicationBody,
  idempotencyKey: string,
): Promise<SubmitApplicationResponse> {
  return sendJson<SubmitApplicationResponse>('POST', apiUrl('/applications'), { body, idempotencyKey });
}
