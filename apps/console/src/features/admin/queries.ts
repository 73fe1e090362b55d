import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  getZaloChannel,
  listAdminUnits,
  listCalendarDays,
  listOfficers,
  listProcedureVersions,
  type OfficerQuery,
} from './api.ts';

export const adminKeys = {
  all: ['admin'] as const,
  units: () => [...adminKeys.all, 'units'] as const,
  officers: (query: OfficerQuery) => [...adminKeys.all, 'officers', query] as const,
  officerLists: () => [...adminKeys.all, 'officers'] as const,
  calendar: (year: number) => [...adminKeys.all, 'calendar', year] as const,
  versions: (code: string) => [...adminKeys.all, 'versions', code] as const,
  source: (code: string) => [...adminKeys.all, 'source', code] as const,
  zalo: () => [...adminKeys.all, 'channels', 'zalo'] as const,
};

export function useAdminUnits() {
  return useQuery({ queryKey: adminKeys.units(), queryFn: ({ signal }) => listAdminUnits(signal) });
}

export function useOfficers(query: OfficerQuery) {
  return useQuery({
    queryKey: adminKeys.officers(query),
    queryFn: ({ signal }) => listOfficers(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCalendar(year: number) {
  return useQuery({ queryKey: adminKeys.calendar(year), queryFn: ({ signal }) => listCalendarDays(year, signal) });
}

export function useProcedureVersions(code: string | null) {
  return useQuery({
    queryKey: adminKeys.versions(code ?? ''),
    queryFn: ({ signal }) => listProcedureVersions(code ?? '', signal),
    enabled: code !== null,
  });
}

export function useZaloChannel() {
  return useQuery({ queryKey: adminKeys.zalo(), queryFn: ({ signal }) => getZaloChannel(signal) });
}
