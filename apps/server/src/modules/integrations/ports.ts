import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import type { Database } from '../../platform/db/database.ts';
import type { AllowList } from './domain/address-policy.ts';
import type { DisablePolicy } from './domain/delivery-policy.ts';

/** Who acts on keys and endpoints: an officer in the console, or an integrator's API key. */
export type IntegrationActor = { kind: 'officer'; id: string } | { kind: 'integrator'; id: string };

/** Where webhooks may go and how long one request may take. */
export interface UrlPolicy {
  /** Production: https:// only. Demo and test also take http://. */
  httpsOnly: boolean;
  allowList: AllowList;
}

export interface WebhookSettings extends UrlPolicy {
  timeoutMs: number;
  disable: DisablePolicy;
  /** Waits between attempts (tests shorten them); `RETRY_DELAYS_MS` by default. */
  retryDelaysMs?: readonly number[];
  /** A draw in [0, 1) for the jitter; `Math.random` by default. */
  random?: () => number;
}

export interface IntegrationsDeps {
  database: Database;
  keyProvider: KeyProvider;
  now: () => Date;
  webhooks: WebhookSettings;
}

/** The outcome of one webhook request. */
export interface SendResult {
  ok: boolean;
  /** The receiver's HTTP status; null when none came (refused, timed out, address not allowed). */
  statusCode: number | null;
  /** Why it failed, short and free of personal data (`HTTP 500`, `timeout`, `ECONNREFUSED`). */
  error: string | null;
  durationMs: number;
}

/** Posts one signed body to one URL (the HTTP adapter; tests may pass another). */
export interface WebhookSender {
  post(url: string, headers: Record<string, string>, body: string): Promise<SendResult>;
}
