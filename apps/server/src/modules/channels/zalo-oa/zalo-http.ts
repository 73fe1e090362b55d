/** Zalo's hosts; in demo mode and tests, the simulator's paths that stand in for them. */
export interface ZaloHosts {
  /** `https://openapi.zalo.me` */
  openapi: string;
  /** `https://oauth.zaloapp.com` */
  oauth: string;
  /** `https://business.openapi.zalo.me` */
  business: string;
}

export const ZALO_HOSTS: ZaloHosts = {
  openapi: 'https://openapi.zalo.me',
  oauth: 'https://oauth.zaloapp.com',
  business: 'https://business.openapi.zalo.me',
};

/**
 * One call to Zalo. Application errors come back with HTTP 200 and a non-zero `error`
 * (zalo-platform.md §5), so the caller always reads the envelope; `transport` covers what never
 * reached an envelope (network error, timeout, non-2xx, not JSON).
 */
export type ZaloAnswer =
  | { kind: 'envelope'; error: number; message: string; body: Record<string, unknown> }
  | { kind: 'transport'; reason: string; status?: number; retryAfterMs?: number };

export const ZALO_TIMEOUT_MS = 10_000;

export async function callZalo(
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
): Promise<ZaloAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: init.headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
      signal: AbortSignal.timeout(ZALO_TIMEOUT_MS),
    });
  } catch (error) {
    return {
      kind: 'transport',
      reason: error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network error',
    };
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return {
      kind: 'transport',
      reason: `HTTP ${String(response.status)}`,
      status: response.status,
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
    };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { kind: 'transport', reason: 'answer is not JSON', status: response.status };
  }
  if (typeof body !== 'object' || body === null) return { kind: 'transport', reason: 'answer is not an object' };
  const record = body as Record<string, unknown>;
  const error = typeof record['error'] === 'number' ? record['error'] : 0;
  const message = typeof record['message'] === 'string' ? record['message'] : '';
  return { kind: 'envelope', error, message, body: record };
}
