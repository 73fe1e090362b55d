import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getDossier, listInbox, listUnitOfficers, listUnits } from './api.ts';
import type { InboxFilters } from './inbox-query.ts';

export const applicationKeys = {
  all: ['applications'] as const,
  inbox: (filters: InboxFilters) => [...applicationKeys.all, 'inbox', filters] as const,
  inboxes: () => [...applicationKeys.all, 'inbox'] as const,
  detail: (code: string) => [...applicationKeys.all, 'detail', code] as const,
  units: () => ['units'] as const,
  unitOfficers: (unitId: string) => ['units', unitId, 'processors'] as const,
};

/** One page of the inbox; the previous page stays on screen while the next loads. */
export function useInbox(filters: InboxFilters) {
  return useQuery({
    queryKey: applicationKeys.inbox(filters),
    queryFn: ({ signal }) => listInbox(filters, signal),
    placeholderData: keepPreviousData,
    // Other officers act on the same dossiers: refresh an open inbox every minute.
    refetchInterval: 60_000,
  });
}

/** The dossier as it is now; never served stale, since actions depend on its revision. */
export function useDossier(code: string) {
  return useQuery({
    queryKey: applicationKeys.detail(code),
    queryFn: ({ signal }) => getDossier(code, signal),
    staleTime: 0,
  });
}

/** The province's units change rarely: loaded once per session. */
export function useUnits() {
  return useQuery({
    queryKey: applicationKeys.units(),
    queryFn: ({ signal }) => listUnits(signal),
    staleTime: 30 * 60_000,
  });
}

/** The processing officers of a unit, to assign a dossier held there to one of them. */
export function useUnitProcessors(unitId: string) {
  return useQuery({
    queryKey: applicationKeys.unitOfficers(unitId),
    queryFn: ({ signal }) => listUnitOfficers(unitId, 'processor', signal),
    staleTime: 5 * 60_000,
  });
}
