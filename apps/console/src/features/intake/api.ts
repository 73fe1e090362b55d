import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';
import type { SubmitApplicationBody, UploadCreated, Visit, WalkInRecorded } from './types.ts';

/**
 * `POST /uploads?procedure=&document=` (multipart `file`): the file is checked, re-encoded and
 * quality-checked; the server then checks it is that document and reads an ID card's fields.
 */
export function uploadScan(
  file: File,
  slot: { procedureCode: string; documentKey: string },
  signal?: AbortSignal,
): Promise<UploadCreated> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  const query = new URLSearchParams({ procedure: slot.procedureCode, document: slot.documentKey });
  return requestJson<UploadCreated>(apiUrl(`/uploads?${query.toString()}`), { method: 'POST', formData, signal });
}

/** `POST /console/applications`: records a walk-in dossier and accepts it in one step. */
export function recordWalkIn(body: SubmitApplicationBody, idempotencyKey: string): Promise<WalkInRecorded> {
  return requestJson<WalkInRecorded>(apiUrl('/console/applications'), { method: 'POST', body, idempotencyKey });
}

/** `GET /console/visits?date=`: the day's bookings at the officer's units. */
export async function listVisits(day: string, signal?: AbortSignal): Promise<Visit[]> {
  const answer = await requestJson<{ items: Visit[] }>(apiUrl(`/console/visits?date=${encodeURIComponent(day)}`), {
    signal,
  });
  return answer.items;
}
