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
  /** §5: a parameter exceeds its limit (count > 50, a file over its size, too many elements). */
  exceedsLimit: -210,
  outOfQuota: -211,
  notFollower: -213,
  accessTokenInvalid: -216,
  accessTokenExpired: -220,
  /** §6: the user has not interacted with the OA in the past 7 days. */
  noInteraction7Days: -230,
  messageTypeUnsupported: -233,
  appSecretProofInvalid: -242,
} as const;

/** ZNS error codes (zalo-platform.md §8, Zalo Cloud's error page and SPEC §14.3). */
export const ZnsCode = {
  phoneInvalid: -108,
  templateInvalid: -109,
  templateDataEmpty: -111,
  userCannotReceive: -114,
  outOfQuota: -115,
  tokenInvalid: -124,
  templateNotApproved: -131,
  nightBan: -133,
} as const;

/** §5: `-201` reads "<field> is invalid!". */
export function invalidField(field: string): ZaloEnvelope<never> {
  return failure(ZaloCode.invalidParameter, `${field} is invalid!`);
}
