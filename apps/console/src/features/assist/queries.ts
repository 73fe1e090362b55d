import { useQuery } from '@tanstack/react-query';
import { fetchScanReading, listDossierReadings, type DocumentReading } from './api.ts';

const POLL_MS = 1500;
/** The server reads a photo within seconds; past this many polls the officer types instead. */
const MAX_POLLS = 20;

function pollWhilePending(data: DocumentReading | undefined, polls: number): number | false {
  return data?.status === 'pending' && polls < MAX_POLLS ? POLL_MS : false;
}

/** The reading of a scan made at the desk, polled while the server is still reading it. */
export function useScanReading(uploadId: string, token: string) {
  return useQuery({
    queryKey: ['assist', 'scan', uploadId],
    queryFn: ({ signal }) => fetchScanReading(uploadId, token, signal),
    refetchInterval: (query) => pollWhilePending(query.state.data, query.state.dataUpdateCount),
    staleTime: Infinity,
  });
}

/** What was read from a dossier's photos: personal data, so never kept once the view closes. */
export function useDossierReadings(code: string) {
  return useQuery({
    queryKey: ['assist', 'dossier', code],
    queryFn: ({ signal }) => listDossierReadings(code, signal),
    refetchInterval: (query) =>
      query.state.data?.items.some((i) => i.status === 'pending') === true && query.state.dataUpdateCount < MAX_POLLS
        ? POLL_MS
        : false,
    gcTime: 0,
  });
}
