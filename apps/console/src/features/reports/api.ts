import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';
import type { ConsoleStats, StatsQuery } from './types.ts';

function statsParams(query: StatsQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.unit !== undefined) params.set('unit', query.unit);
  return params.toString();
}

/** `GET /console/stats?from=&to=&unit=`: figures read from rollups, never a scan of every dossier. */
export function getStats(query: StatsQuery, signal?: AbortSignal): Promise<ConsoleStats> {
  return requestJson<ConsoleStats>(apiUrl(`/console/stats?${statsParams(query)}`), { signal });
}

/** `GET /console/stats.xlsx?…`: the same figures as an Excel workbook, downloaded by the browser. */
export function statsWorkbookUrl(query: StatsQuery): string {
  return apiUrl(`/console/stats.xlsx?${statsParams(query)}`);
}
