import { useQuery } from '@tanstack/react-query';
import { listVisits } from './api.ts';

export const intakeKeys = {
  visits: (day: string) => ['visits', day] as const,
};

/** The day's bookings; refreshed every few minutes while the desk keeps the page open. */
export function useVisits(day: string) {
  return useQuery({
    queryKey: intakeKeys.visits(day),
    queryFn: ({ signal }) => listVisits(day, signal),
    refetchInterval: 5 * 60_000,
  });
}
