import type { Task } from 'graphile-worker';
import { deliverNotice, type DeliverNoticeDeps } from '../use-cases/deliver-notice.ts';

function isPayload(value: unknown): value is { tenantId: string; deliveryId: string } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['tenantId'] === 'string' && typeof record['deliveryId'] === 'string';
}

/**
 * `notifications:deliver`: enqueued in the transaction that recorded the notice (job key
 * `delivery:<id>`). A transient fault throws, so graphile-worker retries it with backoff.
 */
export function deliverNoticeJob(deps: DeliverNoticeDeps): Task {
  return async (payload, helpers) => {
    if (!isPayload(payload)) throw new Error('notifications:deliver needs tenantId and deliveryId');
    const outcome = await deliverNotice(deps, payload);
    helpers.logger.debug(`notice ${payload.deliveryId}: ${outcome}`);
  };
}
