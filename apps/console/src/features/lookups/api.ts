import type { LookupDataset, LookupDatasetList, LookupImportBody, LookupKind } from '@motcua/contracts';
import { apiUrl } from '../../config.ts';
import { newIdempotencyKey, requestJson } from '../../lib/http.ts';

export type { LookupDataset, LookupDatasetList, LookupKind };

const BASE = '/console/admin/lookups';

/** `GET /console/admin/lookups`: each look-up kind, its current dataset and the CSV columns it takes. */
export function listLookupDatasets(signal?: AbortSignal): Promise<LookupDatasetList> {
  return requestJson<LookupDatasetList>(apiUrl(BASE), { signal });
}

/** Replaces the kind's dataset with a CSV file; a file with any bad row imports nothing (422 lists them). */
export function importLookupDataset(kind: LookupKind, body: LookupImportBody): Promise<LookupDataset> {
  return requestJson<LookupDataset>(apiUrl(`${BASE}/${kind}`), {
    method: 'POST',
    body,
    idempotencyKey: newIdempotencyKey(),
  });
}
