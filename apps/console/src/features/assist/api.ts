import type { DocumentReading, DossierReadings } from '@motcua/contracts';
import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';

export type { DocumentReading, DossierReadings };

/** `GET /console/uploads/{id}/reading`: a scan made at the desk, with its token (the read is logged). */
export function fetchScanReading(uploadId: string, token: string, signal?: AbortSignal): Promise<DocumentReading> {
  return requestJson<DocumentReading>(apiUrl(`/console/uploads/${encodeURIComponent(uploadId)}/reading`), {
    headers: { 'x-upload-token': token },
    signal,
  });
}

/** `GET /console/applications/{code}/readings`: what was read from the dossier's photos (logged). */
export function listDossierReadings(code: string, signal?: AbortSignal): Promise<DossierReadings> {
  return requestJson<DossierReadings>(apiUrl(`/console/applications/${encodeURIComponent(code)}/readings`), {
    signal,
  });
}
