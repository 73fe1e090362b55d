import type { WebhookDelivery, WebhookDeliveryList, WebhookDeliveryQuery } from '@motcua/contracts';
import { withTx } from '../../../platform/db/database.ts';
import { idempotent } from '../../../platform/idempotency.ts';
import { DeliveryNotFoundError, WebhookDisabledError, WebhookNotFoundError } from '../integrations.errors.ts';
import type { IntegrationActor, IntegrationsDeps } from '../ports.ts';
import * as deliveries from '../webhook-deliveries.repo.ts';
import { endpointStatus } from '../webhook-endpoints.repo.ts';
import { recordAudit } from './record-audit.ts';
import { scheduleDrain } from './schedule-drain.ts';

type Deps = Pick<IntegrationsDeps, 'database' | 'now'>;

/** An endpoint's delivery log, newest first; `next` pages on. */
export async function listDeliveries(
  deps: Deps,
  tenantId: string,
  endpointId: string,
  query: WebhookDeliveryQuery,
): Promise<WebhookDeliveryList> {
  const limit = query.limit ?? 50;
  return withTx(deps.database, tenantId, async (tx) => {
    if ((await endpointStatus(tx, tenantId, endpointId)) === undefined) throw new WebhookNotFoundError();
    const items = await deliveries.listDeliveries(tx, tenantId, endpointId, { ...query, limit });
    const last = items[items.length - 1];
    return items.length === limit && last !== undefined ? { items, next: last.seq } : { items };
  });
}

/**
 * Sends a delivery again, with the same delivery id and body: it goes back to the endpoint's queue
 * as due now (ahead of later deliveries, which keep their order). Refused while the endpoint is off.
 */
export async function replayDelivery(
  deps: Deps,
  tenantId: string,
  actor: IntegrationActor,
  endpointId: string,
  deliveryId: string,
  idempotencyKey: string | undefined,
): Promise<WebhookDelivery> {
  const now = deps.now();
  return withTx(deps.database, tenantId, async (tx) => {
    const scope = `integrations.webhook.replay:${deliveryId}`;
    await idempotent(tx, tenantId, scope, idempotencyKey, { endpointId }, async () => {
      const status = await endpointStatus(tx, tenantId, endpointId, { lock: true });
      if (status === undefined) throw new WebhookNotFoundError();
      if (status === 'disabled') throw new WebhookDisabledError();
      if (!(await deliveries.findDelivery(tx, tenantId, endpointId, deliveryId))) throw new DeliveryNotFoundError();
      await deliveries.requeueDelivery(tx, tenantId, deliveryId, now);
      await scheduleDrain(tx, tenantId, endpointId);
      await recordAudit(
        tx,
        tenantId,
        actor,
        { action: 'integration.webhook.replay', subjectType: 'webhook_delivery', subjectId: deliveryId },
        now,
      );
      return { status: 200, body: { deliveryId } };
    });
    const found = await deliveries.findDelivery(tx, tenantId, endpointId, deliveryId);
    if (!found) throw new DeliveryNotFoundError();
    return found;
  });
}
