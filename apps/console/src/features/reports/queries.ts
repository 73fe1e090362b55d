import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getStats } from './api.ts';
import type { StatsQuery } from './types.ts';

export const reportKeys = {
  stats: (query: StatsQuery) => ['stats', query] as const,
};

export function useStats(query: StatsQuery) {
  return useQuery({
    queryKey: reportKeys.stats(query),
    queryFn: ({ signal }) => getStats(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
