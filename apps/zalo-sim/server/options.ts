/**
 * The Zalo app the simulator plays: the ids and secrets the province stores in the console's
 * channel settings. Unconfirmed platform behaviour (zalo-platform.md §13) is an option here, never
 * a constant; each option says which section it comes from and why its default was chosen.
 */
export interface ZaloSimOptions {
  appId: string;
  /** Sent by the back end as `secret_key` (OAuth, phone-token exchange). */
  appSecret: string;
  oaId: string;
  /** Signs webhooks (`X-ZEvent-Signature`) unless `webhookSecret` says otherwise. */
  oaSecretKey: string;
  /** A Mini App user's access token lives this long (Zalo: as long as the Zalo session). */
  userTokenTtlMs: number;
  /** A phone-number token from `getPhoneNumber()` is single use and lives two minutes. */
  phoneTokenTtlMs: number;
  now: () => Date;

  /** §2: an OA access token lives 25 h. */
  accessTokenTtlMs: number;
  /** §2: a refresh token lives 3 months and is single use. */
  refreshTokenTtlMs: number;
  /** §2: an authorization code lives 10 min and is single use. */
  authCodeTtlMs: number;
  /**
   * §2 says refresh-token error codes are not documented. The simulator answers OAuth failures
   * with these codes in the §5 OAuth error shape; they are its own choice, not Zalo's.
   */
  oauthErrorCodes: { invalidApp: number; invalidParameter: number; invalidGrant: number };

  /** §6: OA API requests per minute per app (`-32` beyond, `X-RateLimit-*` on every answer). */
  rateLimitPerMinute: number;
  /** §6: a consultation (CS) message is free this long after the user's last interaction. */
  csFreeWindowMs: number;
  /** §6: after this long without interaction, CS sends are refused with `-230`. */
  csWindowMs: number;
  /**
   * §1/§6: free CS replies per 48 h; `null` = unlimited (the rule since 2026-01-01). Zalo does
   * not document how `quota` reads when unlimited; the simulator reports `remain`/`total` "-1".
   */
  csFreeRepliesPer48h: number | null;
  /** §13.6: whether `template_type:"list"` is accepted on `/v3.0/oa/message/cs`. Default: refused (-233). */
  listTemplateOnV3: boolean;
  /** §13.6: the most elements a list may carry (PHP constant 5, its own message 4). Default 4. */
  listMaxElements: number;
  /** §4/§8: uploaded `attachment_id`/`token` expire after 7 days. */
  uploadTtlMs: number;

  /** §7.1: where events are POSTed; undefined = events are recorded but not sent. */
  webhookUrl: string | undefined;
  /** §13.3: the receiver must answer HTTP 200 within this many ms (2 s). */
  webhookTimeoutMs: number;
  /** §13.3: the retry ladder after a failed delivery (30 s, 5 min, 15 min, 30 min, 1 h). */
  webhookRetryDelaysMs: readonly number[];
  /** Multiplies the retry ladder so tests can run it in milliseconds (1 = Zalo's timing). */
  webhookRetryScale: number;
  /** §13.1: which secret ends the mac. Default: the OA secret key (HAINH, CW, Drupal). */
  webhookSecret: 'oaSecretKey' | 'appSecret';
  /** §13.2: which id starts the mac. Default: `app_id` (official Java util, CW, HAINH). */
  webhookMacFirstTerm: 'appId' | 'oaId';
  /** §13.4: also send `X-ZEvent-Timestamp` (and `X-ZEvent-Server: ZNS` on ZNS events). Default off. */
  webhookZEventHeaders: boolean;
  /** §13.8: `user_submit_info` body: nested `full_address` (SPEC, default) or flat fields (older SDK types). */
  submitInfoShape: 'nested' | 'flat';
  /** §13.5: what an `oa.query.*` button tap emits. Default `user_send_text` with the payload (§7.4). */
  queryTapEvent: 'user_send_text' | 'user_click_button';
  /** Whether Zalo reports `user_received_message` for CS messages on its own; default: only when scripted. */
  autoCsReceived: boolean;
  /**
   * How many messages of each conversation the simulator keeps (oldest dropped first); every OA
   * message is still counted (`oaMessagesReceived`). Load runs lower it to keep the simulator small.
   */
  conversationCap: number;

  /**
   * §8 does not say what a resend with the same `tracking_id` does. Default true: the simulator
   * answers the first message's `msg_id` and sends nothing new (what an idempotent client hopes for).
   */
  dedupeZnsByTrackingId: boolean;
  /** §13.9: ZNS daily quota (numbers unpublished). */
  znsDailyQuota: number;
  /** §6/§13.9: refuse ZNS 22:00–06:00 Asia/Ho_Chi_Minh with `-133`. Default off. */
  znsNightBan: boolean;
  /** §8: phones `mode:"development"` may reach (app/OA admins); empty = not enforced. */
  znsAdminPhones: readonly string[];
  /**
   * Base URL the simulator's own media (citizen images/files) is served under, e.g.
   * `https://demo.example/zalo-sim`. Undefined = derived from the request that created it.
   */
  publicUrl: string | undefined;
}

/** The app the simulator plays unless told otherwise (demo mode passes the demo province's). */
export const defaultSimApp = {
  appId: '1000000000000000001',
  appSecret: 'zalo-sim-app-secret',
  oaId: '2000000000000000002',
  oaSecretKey: 'zalo-sim-oa-secret-key',
} as const;

const hour = 3_600_000;
const day = 24 * hour;

export function simOptions(overrides: Partial<ZaloSimOptions> = {}): ZaloSimOptions {
  return {
    ...defaultSimApp,
    userTokenTtlMs: hour,
    phoneTokenTtlMs: 120_000,
    now: () => new Date(),
    accessTokenTtlMs: 25 * hour,
    refreshTokenTtlMs: 90 * day,
    authCodeTtlMs: 600_000,
    oauthErrorCodes: { invalidApp: -14002, invalidParameter: -14003, invalidGrant: -14014 },
    rateLimitPerMinute: 4_000,
    csFreeWindowMs: 48 * hour,
    csWindowMs: 7 * day,
    csFreeRepliesPer48h: null,
    listTemplateOnV3: false,
    listMaxElements: 4,
    uploadTtlMs: 7 * day,
    webhookUrl: undefined,
    webhookTimeoutMs: 2_000,
    webhookRetryDelaysMs: [30_000, 300_000, 900_000, 1_800_000, 3_600_000],
    webhookRetryScale: 1,
    webhookSecret: 'oaSecretKey',
    webhookMacFirstTerm: 'appId',
    webhookZEventHeaders: false,
    submitInfoShape: 'nested',
    queryTapEvent: 'user_send_text',
    autoCsReceived: false,
    conversationCap: Number.POSITIVE_INFINITY,
    dedupeZnsByTrackingId: true,
    znsDailyQuota: 500,
    znsNightBan: false,
    znsAdminPhones: [],
    publicUrl: undefined,
    ...overrides,
  };
}
