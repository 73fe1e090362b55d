import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiKeyScope, NewWebhookEndpoint, WebhookEndpointUpdate } from '@motcua/contracts';
import {
  createApiKey,
  createEndpoint,
  listApiKeys,
  listDeliveries,
  listEndpoints,
  replayDelivery,
  revokeApiKey,
  updateEndpoint,
} from './api.ts';

export const integrationKeys = {
  all: ['integrations'] as const,
  apiKeys: () => [...integrationKeys.all, 'keys'] as const,
  endpoints: () => [...integrationKeys.all, 'endpoints'] as const,
  deliveries: (id: string) => [...integrationKeys.all, 'deliveries', id] as const,
};

export function useApiKeys() {
  return useQuery({ queryKey: integrationKeys.apiKeys(), queryFn: ({ signal }) => listApiKeys(signal) });
}

export function useEndpoints() {
  return useQuery({
    queryKey: integrationKeys.endpoints(),
    queryFn: ({ signal }) => listEndpoints(signal),
    staleTime: 0,
  });
}

export function useDeliveries(endpointId: string) {
  return useInfiniteQuery({
    queryKey: integrationKeys.deliveries(endpointId),
    queryFn: ({ pageParam, signal }) => listDeliveries(endpointId, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.next,
    staleTime: 0,
  });
}

function useRefresh(key: readonly unknown[]) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useCreateApiKey() {
  const refresh = useRefresh(integrationKeys.apiKeys());
  return useMutation({
    mutationFn: ({ body, key }: { body: { name: string; scopes: ApiKeyScope[] }; key: string }) =>
      createApiKey(body, key),
    onSuccess: refresh,
  });
}

export function useRevokeApiKey() {
  const refresh = useRefresh(integrationKeys.apiKeys());
  return useMutation({ mutationFn: (id: string) => revokeApiKey(id), onSuccess: refresh });
}

export function useCreateEndpoint() {
  const refresh = useRefresh(integrationKeys.endpoints());
  return useMutation({
    mutationFn: ({ body, key }: { body: NewWebhookEndpoint; key: string }) => createEndpoint(body, key),
    onSuccess: refresh,
  });
}

export function useUpdateEndpoint() {
  const refresh = useRefresh(integrationKeys.endpoints());
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: WebhookEndpointUpdate }) => updateEndpoint(id, body),
    onSuccess: refresh,
  });
}

export function useReplayDelivery(endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ deliveryId, key }: { deliveryId: string; key: string }) =>
      replayDelivery(endpointId, deliveryId, key),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: integrationKeys.deliveries(endpointId) }),
        queryClient.invalidateQueries({ queryKey: integrationKeys.endpoints() }),
      ]),
  });
}
