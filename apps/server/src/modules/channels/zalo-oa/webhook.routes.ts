import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/errors.ts';
import type { Database } from '../../../platform/db/database.ts';
import { createWebhookInbox, type InboxEvent } from './webhook-inbox.ts';
import { signatureMatches, zaloSignature } from './webhook-signature.ts';

/** A fresh event is at most this old; Zalo's retries (header `num_retry`) up to `RETRY_WINDOW_MS`. */
export const FRESH_WINDOW_MS = 5 * 60_000;
/** Zalo retries at 30 s, 5, 15, 30 min and 1 h (zalo-platform.md §7.1): about two hours in all. */
export const RETRY_WINDOW_MS = 2.5 * 3_600_000;
/** A clock ahead of ours by more than this is refused too. */
const FUTURE_SKEW_MS = 60_000;

export interface ZaloWebhookDeps {
  database: Database;
  resolveTenant: (slug: string) => Promise<{ id: string }>;
  /** The province's app id and OA secret key; undefined until the OA is configured. */
  webhookSecrets: (tenantId: string) => Promise<{ appId: string; oaSecretKey: string } | undefined>;
  now: () => Date;
}

type Refusal = 'CHANNEL.WEBHOOK_SIGNATURE' | 'CHANNEL.WEBHOOK_STALE' | 'CHANNEL.WEBHOOK_REPLAY';

/** 401 with the reason's code; nothing of the event is stored. */
function refused(code: Refusal, why: string): AppError {
  return new AppError(code, why);
}

/** A string or number field as a string (Zalo sends ids and timestamps as strings). */
function field(event: Record<string, unknown>, name: string): string {
  const value = event[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The id that makes an event unique: its message id, else a hash of the exact body. */
function eventKey(event: Record<string, unknown>, rawBody: string): string {
  const message = event['message'];
  if (typeof message === 'object' && message !== null) {
    const id = (message as Record<string, unknown>)['msg_id'];
    if (typeof id === 'string' && id !== '') return `${field(event, 'event_name')}:${id}`;
  }
  return `${field(event, 'event_name')}:sha256:${createHash('sha256').update(rawBody).digest('hex')}`;
}

interface WebhookRequest {
  rawBody: string;
  signature: string | undefined;
  /** Zalo's own retry (header `num_retry`): accepted later than a first delivery. */
  isRetry: boolean;
}

/**
 * Checks an event in the order inbound callbacks are checked here: a JSON object, the signature in
 * constant time (nothing else is read from a body that is not Zalo's), then its timestamp window.
 */
function checkEvent(
  request: WebhookRequest,
  secrets: { appId: string; oaSecretKey: string } | undefined,
  now: number,
): InboxEvent {
  let event: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(request.rawBody);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    event = parsed as Record<string, unknown>;
  } catch {
    throw refused('CHANNEL.WEBHOOK_SIGNATURE', 'body is not a JSON object');
  }
  const timestamp = field(event, 'timestamp');
  const expected = secrets && zaloSignature(secrets.appId, request.rawBody, timestamp, secrets.oaSecretKey);
  if (expected === undefined || !signatureMatches(request.signature, expected)) {
    throw refused('CHANNEL.WEBHOOK_SIGNATURE', 'signature does not match');
  }
  const sentAt = Number(timestamp);
  const window = request.isRetry ? RETRY_WINDOW_MS : FRESH_WINDOW_MS;
  if (!Number.isFinite(sentAt) || now - sentAt > window || sentAt - now > FUTURE_SKEW_MS) {
    throw refused('CHANNEL.WEBHOOK_STALE', 'timestamp outside the accepted window');
  }
  return {
    key: eventKey(event, request.rawBody),
    name: field(event, 'event_name'),
    rawBody: request.rawBody,
    receivedAt: new Date(now),
  };
}

/**
 * Remembers each answer for `ttlMs`; past that the old answer is still given while one read
 * refreshes it, so a burst never waits on the database when an entry expires. Concurrent first
 * asks share one read. A failed read is forgotten, so the next ask reads again (and fails if the
 * province is gone).
 */
function refreshedEvery<T>(ttlMs: number, read: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const entries = new Map<string, { at: number; value: Promise<T>; refreshing: boolean }>();
  function remember(key: string, value: Promise<T>): void {
    const entry = { at: performance.now(), value, refreshing: false };
    entries.set(key, entry);
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
  }
  return (key) => {
    const entry = entries.get(key);
    if (!entry) {
      const value = read(key);
      remember(key, value);
      return value;
    }
    if (performance.now() - entry.at >= ttlMs && !entry.refreshing) {
      entry.refreshing = true;
      const value = read(key);
      value.then(
        () => remember(key, value),
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
    }
    return entry.value;
  };
}

/** How long a province's slug is taken to mean the same province (it never changes in practice). */
const TENANT_TTL_MS = 60_000;

/**
 * `POST /api/v1/{tenant}/channels/zalo/webhook`: Zalo's OA events. Checked (`checkEvent`), stored
 * (the inbox batches the writes of concurrent events) and acknowledged once stored; a replay of a
 * stored event is refused. Processing runs later, in the province's drain job, never inside
 * Zalo's 2-second answer window.
 */
export function zaloWebhookRoutes(deps: ZaloWebhookDeps) {
  const tenantOf = refreshedEvery(TENANT_TTL_MS, deps.resolveTenant);
  return async function register(app: FastifyInstance): Promise<void> {
    const inbox = createWebhookInbox(deps.database, {
      onWakeFailure: (error) => {
        app.log.warn({ err: error }, 'Zalo webhook: could not queue the drain; the next event will');
      },
    });
    app.addHook('onClose', () => inbox.close());
    // The signature covers the exact bytes, so this route keeps the raw body (and parses it itself).
    app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 256 * 1024 }, (_req, body, done) => {
      done(null, body);
    });
    app.post<{ Params: { tenant: string } }>(
      '/api/v1/:tenant/channels/zalo/webhook',
      // No per-client rate limit: Zalo posts from a few addresses, and a forged event costs one hash.
      // No browser security headers either: Zalo's servers read the answer, and at a burst's rate
      // writing them is a noticeable share of the route's work.
      { schema: { hide: true }, config: { securityHeaders: false } },
      async (request, reply) => {
        const tenant = await tenantOf(request.params.tenant);
        const signature = request.headers['x-zevent-signature'];
        const event = checkEvent(
          {
            rawBody: typeof request.body === 'string' ? request.body : '',
            signature: typeof signature === 'string' ? signature : undefined,
            isRetry: request.headers['num_retry'] !== undefined,
          },
          await deps.webhookSecrets(tenant.id),
          deps.now().getTime(),
        );
        if (!(await inbox.store(tenant.id, event))) throw refused('CHANNEL.WEBHOOK_REPLAY', 'event already received');
        return reply.status(200).send({ error: 0, message: 'Success' });
      },
    );
  };
}
