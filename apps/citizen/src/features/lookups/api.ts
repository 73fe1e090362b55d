import type { LookupKind, LookupKindInfo, LookupResult } from '@motcua/contracts';
import { apiUrl, getJson } from '../../lib/http.ts';

export type { LookupKind, LookupKindInfo, LookupResult };

/** `GET /lookups`: the civic look-ups of the province and whether each has data. */
export async function listLookupKinds(signal?: AbortSignal): Promise<LookupKindInfo[]> {
  return (await getJson<{ items: LookupKindInfo[] }>(apiUrl('/lookups'), signal)).items;
}

/** `GET /lookups/{kind}?q=`: land prices by street, traffic fines by plate, a licence by number. */
export function lookUp(kind: LookupKind, q: string, signal?: AbortSignal): Promise<LookupResult> {
  return getJson<LookupResult>(apiUrl(`/lookups/${kind}?q=${encodeURIComponent(q)}`), signal);
}
