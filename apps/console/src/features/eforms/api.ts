import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';

/** An administrative unit (QĐ 19/2025/QĐ-TTg): a province, or a commune/ward/special zone of one. */
export interface AdminUnit {
  code: string;
  name: string;
  level: 'province' | 'commune';
}

/** `GET /admin-units` (the provinces) or `GET /admin-units?parent=<province code>` (its communes). */
export async function listAdminUnits(parent: string | null, signal?: AbortSignal): Promise<AdminUnit[]> {
  const query = parent === null ? '' : `?parent=${encodeURIComponent(parent)}`;
  return (await requestJson<{ items: AdminUnit[] }>(apiUrl(`/admin-units${query}`), { signal })).items;
}
