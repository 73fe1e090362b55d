import { withTx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { readEventFacts } from '../dossier-events.repo.ts';
import { webhookEventOf } from '../domain/dossier-events.ts';
import { webhookPayload } from '../domain/webhook-payload.ts';
import type { IntegrationsDeps } from '../ports.ts';
import { insertDelivery } from '../webhook-deliveries.repo.ts';
import { takeSubscribers } from '../webhook-endpoints.repo.ts';
import { scheduleDrain } from './schedule-drain.ts';

/**
 * Turns one recorded dossier event into one delivery per enabled endpoint subscribed to its type,
 * each with its stable delivery id and frozen body, and wakes those endpoints' drains, in one
 * transaction. Running it again for the same event adds nothing. Endpoints that are off get no
 * delivery of events that happen meanwhile.
 */
export async function fanOutEvent(
  deps: Pick<IntegrationsDeps, 'database' | 'now'>,
  event: { tenantId: string; eventId: string },
): Promise<number> {
  const { tenantId, eventId } = event;
  return withTx(deps.database, tenantId, async (tx) => {
    const read = await readEventFacts(tx, tenantId, eventId);
    const type = read === undefined ? undefined : webhookEventOf(read.facts.action);
    if (read === undefined || type === undefined) return 0;
    const subscribers = await takeSubscribers(tx, tenantId, type, eventId);
    const now = deps.now();
    for (const endpoint of subscribers) {
      const id = newId();
      await insertDelivery(tx, {
        tenantId,
        id,
        endpointId: endpoint.id,
        seq: endpoint.seq,
        eventId,
        code: read.facts.code,
        type,
        occurredAt: read.facts.at,
        body: JSON.stringify(webhookPayload(id, type, read.slug, read.facts)),
        now,
      });
      await scheduleDrain(tx, tenantId, endpoint.id);
    }
    return subscribers.length;
  });
}
