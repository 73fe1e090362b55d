import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';
import type { Level, ProcedureDetail, ProcedureList } from './types.ts';

export interface ProcedureQuery {
  q: string;
  /** Field code (or name when the catalogue has no code for it). */
  field?: string;
  level?: Level;
  limit: number;
  offset: number;
}

/** `GET /procedures?q=&field=&level=&limit=&offset=` */
export function listProcedures(query: ProcedureQuery, signal?: AbortSignal): Promise<ProcedureList> {
  const params = new URLSearchParams({ q: query.q, limit: String(query.limit), offset: String(query.offset) });
  if (query.field !== undefined) params.set('field', query.field);
  if (query.level !== undefined) params.set('level', query.level);
  return requestJson<ProcedureList>(apiUrl(`/procedures?${params.toString()}`), { signal });
}

/** `GET /procedures/{code}`: the current published version. */
export function getProcedure(code: string, signal?: AbortSignal): Promise<ProcedureDetail> {
  return requestJson<ProcedureDetail>(apiUrl(`/procedures/${encodeURIComponent(code)}`), { signal });
}
