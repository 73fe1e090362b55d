/**
 * The Zalo app the simulator plays: the ids and secrets the province stores in the console's
 * channel settings. Unconfirmed platform behaviour is an option here, never a constant.
 */
export interface ZaloSimOptions {
  appId: string;
  /** Sent by the back end as `secret_key` (OAuth, phone-token exchange). */
  appSecret: string;
  oaId: string;
  /** Signs webhooks (`X-ZEvent-Signature`). */
  oaSecretKey: string;
  /** A Mini App user's access token lives this long (Zalo: as long as the Zalo session). */
  userTokenTtlMs: number;
  /** A phone-number token from `getPhoneNumber()` is single use and lives two minutes. */
  phoneTokenTtlMs: number;
  now: () => Date;
}

/** The app the simulator plays unless told otherwise (demo mode passes the demo province's). */
export const defaultSimApp = {
  appId: '1000000000000000001',
  appSecret: 'zalo-sim-app-secret',
  oaId: '2000000000000000002',
  oaSecretKey: 'zalo-sim-oa-secret-key',
} as const;

export function simOptions(overrides: Partial<ZaloSimOptions> = {}): ZaloSimOptions {
  return {
    ...defaultSimApp,
    userTokenTtlMs: 3_600_000,
    phoneTokenTtlMs: 120_000,
    now: () => new Date(),
    ...overrides,
  };
}
