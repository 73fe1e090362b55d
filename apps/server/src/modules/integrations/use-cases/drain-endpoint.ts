import { open } from '../../../platform/crypto/seal.ts';
import { withTx, type Tx } from '../../../platform/db/database.ts';
import { retryDelayMs, shouldDisable } from '../domain/delivery-policy.ts';
import type { IntegrationsDeps, SendResult, WebhookSender } from '../ports.ts';
import { headDelivery, recordAttempt, type HeadDelivery } from '../webhook-deliveries.repo.ts';
import { disableEndpoint, recordEndpointFailure, recordEndpointSuccess } from '../webhook-endpoints.repo.ts';
import { signedHeaders } from '../webhook-signature.ts';
import { secretContext } from './manage-webhooks.ts';
import { recordAudit } from './record-audit.ts';
import { scheduleDrain } from './schedule-drain.ts';

export interface DrainDeps extends IntegrationsDeps {
  sender: WebhookSender;
  /** A drain hands over to a fresh job after this long, so other jobs get a turn (20 s). */
  sliceMs?: number;
}

const SLICE_MS = 20_000;

/**
 * Records an attempt. Success: delivered, and the endpoint's failures are forgotten; go on with the
 * next delivery. Failure: counted against the endpoint; it is switched off when the policy says so
 * (this delivery is then `failed`: it can be replayed), else the delivery waits for its retry, with
 * the later ones behind it. Answers whether to go on.
 */
async function settle(
  tx: Tx,
  deps: DrainDeps,
  target: { tenantId: string; endpointId: string },
  head: HeadDelivery,
  result: SendResult,
): Promise<boolean> {
  const { tenantId, endpointId } = target;
  const at = deps.now();
  if (result.ok) {
    await recordAttempt(tx, tenantId, head.id, result, at, null);
    await recordEndpointSuccess(tx, tenantId, endpointId);
    return true;
  }
  const failure = { at, statusCode: result.statusCode, error: result.error ?? 'error' };
  const run = await recordEndpointFailure(tx, tenantId, endpointId, failure);
  const reason = shouldDisable(run.failures, run.failingSince, at, deps.webhooks.disable);
  if (reason !== undefined) {
    await recordAttempt(tx, tenantId, head.id, result, at, null);
    await disableEndpoint(tx, tenantId, endpointId, 'failing', at);
    await recordAudit(
      tx,
      tenantId,
      { kind: 'system' },
      {
        action: 'integration.webhook.auto_disable',
        subjectType: 'webhook_endpoint',
        subjectId: endpointId,
        detail: { reason, failures: run.failures },
      },
      at,
    );
    return false;
  }
  const random = deps.webhooks.random ?? Math.random;
  const delay = retryDelayMs(head.attempts + 1, random(), deps.webhooks.retryDelaysMs);
  const retryAt = new Date(at.getTime() + delay);
  await recordAttempt(tx, tenantId, head.id, result, at, retryAt);
  await scheduleDrain(tx, tenantId, endpointId, retryAt);
  return false;
}

function secretOf(deps: DrainDeps, tenantId: string, endpointId: string, head: HeadDelivery): string {
  const key = deps.keyProvider.byId(tenantId, head.keyId).key;
  return open(key, Buffer.from(head.secretSealed, 'base64'), secretContext(tenantId, endpointId)).toString('utf8');
}

/**
 * Sends an endpoint's pending deliveries one by one, oldest first, each signed afresh with the
 * time of its attempt. Stops at the first failure (the retry is scheduled: later deliveries wait,
 * so a receiver sees a dossier's events in the order they happened), when the next one is not due
 * yet (wakes up then), or after a time slice (hands over to a fresh job).
 */
export async function drainEndpoint(deps: DrainDeps, tenantId: string, endpointId: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    const head = await withTx(deps.database, tenantId, (tx) => headDelivery(tx, tenantId, endpointId));
    if (!head) return;
    const now = deps.now();
    if (head.nextAttemptAt.getTime() > now.getTime() || Date.now() - started >= (deps.sliceMs ?? SLICE_MS)) {
      const runAt = head.nextAttemptAt.getTime() > now.getTime() ? head.nextAttemptAt : undefined;
      await withTx(deps.database, tenantId, (tx) => scheduleDrain(tx, tenantId, endpointId, runAt));
      return;
    }
    const headers = signedHeaders(secretOf(deps, tenantId, endpointId, head), head.id, head.type, head.body, now);
    const result = await deps.sender.post(head.url, headers, head.body);
    const goOn = await withTx(deps.database, tenantId, (tx) =>
      settle(tx, deps, { tenantId, endpointId }, head, result),
    );
    if (!goOn) return;
  }
}
