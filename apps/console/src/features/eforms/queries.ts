import { useQueries, useQuery } from '@tanstack/react-query';
import { listAdminUnits } from './api.ts';

export const adminUnitKeys = {
  all: ['admin-units'] as const,
  list: (parent: string | null) => [...adminUnitKeys.all, parent ?? ''] as const,
};

// The lists change by decree, not by the minute: fetched once per session.
const SESSION = Number.POSITIVE_INFINITY;

/** The provinces (`parent` null) or the communes of one province; idle while `parent` is undefined. */
export function useAdminUnits(parent: string | null | undefined) {
  return useQuery({
    queryKey: adminUnitKeys.list(parent ?? null),
    queryFn: ({ signal }) => listAdminUnits(parent ?? null, signal),
    enabled: parent !== undefined,
    staleTime: SESSION,
  });
}

/**
 * The names of the units behind some codes, from the lists they belong to: `null` for the
 * provinces, a province code for its communes. Codes whose list fails or lacks them stay unnamed.
 */
export function useAdminUnitNames(lists: readonly (string | null)[]): Map<string, string> {
  const results = useQueries({
    queries: lists.map((parent) => ({
      queryKey: adminUnitKeys.list(parent),
      queryFn: ({ signal }: { signal: AbortSignal }) => listAdminUnits(parent, signal),
      staleTime: SESSION,
    })),
  });
  const names = new Map<string, string>();
  for (const result of results) for (const unit of result.data ?? []) names.set(unit.code, unit.name);
  return names;
}
