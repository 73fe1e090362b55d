import type {
  ApiKey,
  ApiKeyList,
  ApiKeyScope,
  CreatedApiKey,
  CreatedWebhookEndpoint,
  NewWebhookEndpoint,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointUpdate,
} from '@motcua/contracts';
import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';

const BASE = '/console/admin/integrations';
const KEYS = `${BASE}/keys`;
const WEBHOOKS = `${BASE}/webhooks`;

const endpointPath = (id: string): string => `${WEBHOOKS}/${encodeURIComponent(id)}`;

export async function listApiKeys(signal?: AbortSignal): Promise<ApiKey[]> {
  return (await requestJson<ApiKeyList>(apiUrl(KEYS), { signal })).items;
}

/** The answer carries the whole key (`secret`) this once. */
export function createApiKey(
  body: { name: string; scopes: ApiKeyScope[] },
  idempotencyKey: string,
): Promise<CreatedApiKey> {
  return requestJson<CreatedApiKey>(apiUrl(KEYS), { method: 'POST', body, idempotencyKey });
}

export function revokeApiKey(id: string): Promise<ApiKey> {
  return requestJson<ApiKey>(apiUrl(`${KEYS}/${encodeURIComponent(id)}/revoke`), { method: 'POST' });
}

export async function listEndpoints(signal?: AbortSignal): Promise<WebhookEndpoint[]> {
  return (await requestJson<WebhookEndpointList>(apiUrl(WEBHOOKS), { signal })).items;
}

/** The answer carries the signing secret (`secret`) this once. */
export function createEndpoint(body: NewWebhookEndpoint, idempotencyKey: string): Promise<CreatedWebhookEndpoint> {
  return requestJson<CreatedWebhookEndpoint>(apiUrl(WEBHOOKS), { method: 'POST', body, idempotencyKey });
}

export function updateEndpoint(id: string, body: WebhookEndpointUpdate): Promise<WebhookEndpoint> {
  return requestJson<WebhookEndpoint>(apiUrl(endpointPath(id)), { method: 'PATCH', body });
}

/** One page of an endpoint's delivery log, newest first; `before` continues from `next`. */
export function listDeliveries(
  id: string,
  before: number | undefined,
  signal?: AbortSignal,
): Promise<WebhookDeliveryList> {
  const query = before === undefined ? '' : `?before=${String(before)}`;
  return requestJson<WebhookDeliveryList>(apiUrl(`${endpointPath(id)}/deliveries${query}`), { signal });
}

/** Sends a delivery again with the same delivery id. */
export function replayDelivery(id: string, deliveryId: string, idempotencyKey: string): Promise<WebhookDelivery> {
  return requestJson<WebhookDelivery>(
    apiUrl(`${endpointPath(id)}/deliveries/${encodeURIComponent(deliveryId)}/replay`),
    { method: 'POST', idempotencyKey },
  );
}

/** The export's address, downloaded by the browser with the session cookie. */
export function exportUrl(query: { from: string; to: string; format: 'csv' | 'json' }): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, format: query.format });
  return apiUrl(`${BASE}/export?${params.toString()}`);
}
