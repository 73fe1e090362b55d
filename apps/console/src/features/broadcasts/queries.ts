import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAdminUnits as useProvinceUnits } from '../admin/queries.ts';
import type { UnitItem } from '../admin/types.ts';
import type { AdminUnit } from '../eforms/api.ts';
import { useAdminUnits as useAdministrativeUnits } from '../eforms/queries.ts';
import {
  cancelBroadcast,
  countAudience,
  createBroadcast,
  getBroadcast,
  listBroadcasts,
  listFollowerTags,
} from './api.ts';
import { isActive, REFRESH_MS, refreshInterval } from './progress.ts';
import type { Broadcast, BroadcastTarget, CreateBroadcastBody } from './types.ts';

export const broadcastKeys = {
  all: ['broadcasts'] as const,
  list: () => [...broadcastKeys.all, 'list'] as const,
  detail: (id: string) => [...broadcastKeys.all, 'detail', id] as const,
  audience: (target: BroadcastTarget | null) => [...broadcastKeys.all, 'audience', target] as const,
  tags: () => [...broadcastKeys.all, 'tags'] as const,
};

/** The list, asked again every few seconds while one of them is waiting or going out. */
export function useBroadcasts() {
  return useQuery({
    queryKey: broadcastKeys.list(),
    queryFn: ({ signal }) => listBroadcasts(signal),
    refetchInterval: (query) => refreshInterval(query.state.data),
    staleTime: 0,
  });
}

export function useBroadcast(id: string) {
  return useQuery({
    queryKey: broadcastKeys.detail(id),
    queryFn: ({ signal }) => getBroadcast(id, signal),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data.status) ? REFRESH_MS : false),
    staleTime: 0,
  });
}

/** Followers a target reaches now; idle while a list target has nothing picked. */
export function useAudience(target: BroadcastTarget | null) {
  return useQuery({
    queryKey: broadcastKeys.audience(target),
    queryFn: ({ signal }) => countAudience(target ?? { all: true }, signal),
    enabled: target !== null,
    staleTime: 60_000,
  });
}

export function useFollowerTags(enabled = true) {
  return useQuery({ queryKey: broadcastKeys.tags(), queryFn: ({ signal }) => listFollowerTags(signal), enabled });
}

/** Puts a broadcast the server just answered into the detail cache, and has the list asked again. */
function useStoreBroadcast() {
  const queryClient = useQueryClient();
  return async (broadcast: Broadcast) => {
    queryClient.setQueryData(broadcastKeys.detail(broadcast.id), broadcast);
    await queryClient.invalidateQueries({ queryKey: broadcastKeys.list() });
  };
}

export function useCreateBroadcast() {
  const store = useStoreBroadcast();
  return useMutation({
    mutationFn: ({ body, key }: { body: CreateBroadcastBody; key: string }) => createBroadcast(body, key),
    onSuccess: store,
  });
}

export function useCancelBroadcast() {
  const queryClient = useQueryClient();
  const store = useStoreBroadcast();
  return useMutation({
    mutationFn: ({ id, key }: { id: string; key: string }) => cancelBroadcast(id, key),
    onSuccess: store,
    // Refused because it went out or was cancelled meanwhile: show where it stands now.
    onError: async (_error, { id }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: broadcastKeys.list() }),
        queryClient.invalidateQueries({ queryKey: broadcastKeys.detail(id) }),
      ]);
    },
  });
}

const PROVINCE_CODE = /^[0-9]{2}$/;

/**
 * The province of the tenant: the administrative-unit code (2 digits) recorded on its units,
 * preferring a root unit (the public-service centre); null when no unit carries one.
 */
export function provinceCodeOf(units: readonly UnitItem[]): string | null {
  const coded = units.filter((unit) => unit.adminUnitCode !== null && PROVINCE_CODE.test(unit.adminUnitCode));
  const root = coded.find((unit) => unit.parentId === null) ?? coded[0];
  return root?.adminUnitCode ?? null;
}

export interface ProvinceCommunes {
  communes: readonly AdminUnit[];
  names: ReadonlyMap<string, string>;
  isLoading: boolean;
  isError: boolean;
  /** The tenant's units are known and none names the province: there is no list to pick from. */
  noProvince: boolean;
  refetch: () => void;
}

/** The communes and wards of the tenant's province (2025 codes), the same list the e-forms pick from. */
export function useProvinceCommunes(): ProvinceCommunes {
  const units = useProvinceUnits();
  const province = units.data ? provinceCodeOf(units.data) : undefined;
  const communes = useAdministrativeUnits(province ?? undefined);
  const data = communes.data;
  const names = useMemo(() => new Map((data ?? []).map((unit) => [unit.code, unit.name])), [data]);
  return {
    communes: data ?? [],
    names,
    isLoading: units.isPending || (province !== null && communes.isPending),
    isError: units.isError || communes.isError,
    noProvince: province === null,
    refetch: () => {
      if (units.isError) void units.refetch();
      else void communes.refetch();
    },
  };
}
