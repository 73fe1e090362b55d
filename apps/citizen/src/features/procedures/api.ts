import { config } from '../../config.ts';
import { getJson } from '../../lib/http.ts';
import type { ProcedureDetail, ProcedureList } from './types.ts';

export type { ProcedureDetail, ProcedureList, ProcedureSummary } from './types.ts';

export interface ListProceduresParams {
  /** What the citizen typed; the server matches with or without diacritics and forgives typos. */
  q?: string;
  limit?: number;
  offset?: number;
  signal?: AbortSignal;
}

function catalogUrl(path: string): string {
  return `${config.apiBaseUrl}/api/v1/${encodeURIComponent(config.tenant)}/procedures${path}`;
}

/** `GET /procedures?q=&limit=&offset=` */
export function listProcedures({
  q = '',
  limit = 20,
  offset = 0,
  signal,
}: ListProceduresParams = {}): Promise<ProcedureList> {
  const query = new URLSearchParams({ q, limit: String(limit) });
  if (offset > 0) query.set('offset', String(offset));
  return getJson<ProcedureList>(catalogUrl(`?${query.toString()}`), signal);
}

/** `GET /procedures/{code}`: the current published version. */
export function getProcedure(code: string, signal?: AbortSignal): Promise<ProcedureDetail> {
  return getJson<ProcedureDetail>(catalogUrl(`/${encodeURIComponent(code)}`), signal);
}
