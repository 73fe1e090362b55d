import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/errors.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { zaloWebhookEvents } from '../../../platform/db/schema/index.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';
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

/**
 * `POST /api/v1/{tenant}/channels/zalo/webhook`: Zalo's OA events. Checked (signature in constant
 * time, timestamp window, replay by event key), stored and queued for a job in one transaction,
 * then acknowledged at once: processing never runs inside Zalo's 2-second answer window.
 */
export function zaloWebhookRoutes(deps: ZaloWebhookDeps) {
  return async function register(app: FastifyInstance): Promise<void> {
    // The signature covers the exact bytes, so this route keeps the raw body (and parses it itself).
    app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 256 * 1024 }, (_req, body, done) => {
      done(null, body);
    });
    app.post<{ Params: { tenant: string } }>(
      '/api/v1/:tenant/channels/zalo/webhook',
      // No per-client rate limit: Zalo posts from a few addresses, and a forged event costs one hash.
      { schema: { hide: true } },
      async (request, reply) => {
        const rawBody = typeof request.body === 'string' ? request.body : '';
        const tenant = await deps.resolveTenant(request.params.tenant);
        const secrets = await deps.webhookSecrets(tenant.id);
        let event: Record<string, unknown>;
        try {
          const parsed: unknown = JSON.parse(rawBody);
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
          event = parsed as Record<string, unknown>;
        } catch {
          throw refused('CHANNEL.WEBHOOK_SIGNATURE', 'body is not a JSON object');
        }
        const timestamp = field(event, 'timestamp');
        const header = request.headers['x-zevent-signature'];
        const given = typeof header === 'string' ? header : undefined;
        if (
          !secrets ||
          !signatureMatches(given, zaloSignature(secrets.appId, rawBody, timestamp, secrets.oaSecretKey))
        ) {
          throw refused('CHANNEL.WEBHOOK_SIGNATURE', 'signature does not match');
        }
        const now = deps.now().getTime();
        const sentAt = Number(timestamp);
        const window = request.headers['num_retry'] === undefined ? FRESH_WINDOW_MS : RETRY_WINDOW_MS;
        if (!Number.isFinite(sentAt) || now - sentAt > window || sentAt - now > FUTURE_SKEW_MS) {
          throw refused('CHANNEL.WEBHOOK_STALE', 'timestamp outside the accepted window');
        }
        const key = eventKey(event, rawBody);
        const stored = await withTx(deps.database, tenant.id, async (tx) => {
          const inserted = await tx
            .insert(zaloWebhookEvents)
            .values({
              tenantId: tenant.id,
              eventKey: key,
              eventName: field(event, 'event_name'),
              body: event,
              receivedAt: new Date(now),
            })
            .onConflictDoNothing()
            .returning({ key: zaloWebhookEvents.eventKey });
          if (inserted.length === 0) return false;
          await enqueueJob(
            tx,
            'zalo:webhook-event',
            { tenantId: tenant.id, eventKey: key },
            { jobKey: `zalo:${tenant.id}:${key}` },
          );
          return true;
        });
        if (!stored) throw refused('CHANNEL.WEBHOOK_REPLAY', 'event already received');
        return reply.status(200).send({ error: 0, message: 'Success' });
      },
    );
  };
}
