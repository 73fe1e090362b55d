import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useRequest, type RequestResult } from '../../lib/use-request.ts';
import { listProcedures, type ProcedureList } from './api.ts';

/** Debounce chosen so a citizen typing at phone speed triggers a search per pause, not per key. */
const SEARCH_DEBOUNCE_MS = 200;
const PAGE_SIZE = 20;

export interface ProcedureSearch {
  /** The query the results answer (trimmed, debounced). */
  query: string;
  result: RequestResult<ProcedureList>;
}

export function useProcedureSearch(input: string): ProcedureSearch {
  const query = useDebouncedValue(input.trim(), SEARCH_DEBOUNCE_MS);
  const result = useRequest(`search:${query}`, (signal) => listProcedures({ q: query, limit: PAGE_SIZE, signal }));
  return { query, result };
}
