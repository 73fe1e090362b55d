/**
 * Zalo's answer envelope: application errors arrive with HTTP 200 and a negative `error`; success
 * is `error: 0`. Error bodies carry no `data`.
 */
export interface ZaloEnvelope<T = unknown> {
  error: number;
  message: string;
  data?: T;
}

export function success<T>(data: T): ZaloEnvelope<T> {
  return { error: 0, message: 'Success', data };
}

export function failure(error: number, message: string): ZaloEnvelope<never> {
  return { error, message };
}

/**
 * The codes the simulator answers with. The OA codes are Zalo's published ones; Zalo does not
 * publish the graph (Mini App) codes, so the simulator reuses the OA meaning for the same fault.
 */
export const ZaloCode = {
  rateLimited: -32,
  invalidParameter: -201,
  accessTokenInvalid: -216,
  accessTokenExpired: -220,
  appSecretProofInvalid: -242,
} as const;
