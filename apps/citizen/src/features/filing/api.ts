import type { SubmitApplicationBody, SubmitApplicationResponse, UploadCreated } from '@motcua/contracts';
import { apiUrl, postFile, sendJson } from '../../lib/http.ts';

/** `POST /uploads`: one photo or PDF of a document; answers its id and the photo check. */
export function uploadFile(file: Blob, fileName: string, signal?: AbortSignal): Promise<UploadCreated> {
  return postFile<UploadCreated>(apiUrl('/uploads'), file, fileName, signal);
}

/** `POST /applications` with the draft's Idempotency-Key: a retry with the same body files once. */
export function submitApplication(
  body: SubmitApplicationBody,
  idempotencyKey: string,
): Promise<SubmitApplicationResponse> {
  return sendJson<SubmitApplicationResponse>('POST', apiUrl('/applications'), { body, idempotencyKey });
}
