import type {
  CreatedWebhookEndpoint,
  NewWebhookEndpoint,
  WebhookEndpoint,
  WebhookEndpointUpdate,
} from '@motcua/contracts';
import { seal } from '../../../platform/crypto/seal.ts';
import { withTx } from '../../../platform/db/database.ts';
import { idempotent } from '../../../platform/idempotency.ts';
import { newId } from '../../../platform/ids.ts';
import { WebhookNotFoundError } from '../integrations.errors.ts';
import type { IntegrationActor, IntegrationsDeps } from '../ports.ts';
import { checkWebhookUrl, type Resolve } from '../url-check.ts';
import * as repo from '../webhook-endpoints.repo.ts';
import { newWebhookSecret } from '../webhook-signature.ts';
import { recordAudit } from './record-audit.ts';
import { scheduleDrain } from './schedule-drain.ts';

/** What seals a secret to its endpoint: moved to another row or province, it does not open. */
export function secretContext(tenantId: string, endpointId: string): string {
  return `webhook-secret:${tenantId}:${endpointId}`;
}

type Deps = IntegrationsDeps & { resolve?: Resolve };

/**
 * Adds a webhook endpoint with a signing secret made here. The secret is in this answer only; a
 * repeated request (same Idempotency-Key) answers the endpoint without it.
 */
export async function createEndpoint(
  deps: Deps,
  tenantId: string,
  actor: IntegrationActor,
  input: NewWebhookEndpoint,
  idempotencyKey: string | undefined,
): Promise<CreatedWebhookEndpoint> {
  const url = await checkWebhookUrl(input.url, deps.webhooks, deps.resolve);
  const secret = newWebhookSecret();
  const now = deps.now();
  return withTx(deps.database, tenantId, async (tx) => {
    const result = await idempotent(tx, tenantId, 'integrations.webhook.create', idempotencyKey, input, async () => {
      const id = newId();
      const key = deps.keyProvider.current(tenantId);
      await repo.insertEndpoint(tx, {
        tenantId,
        id,
        url,
        description: (input.description ?? '').normalize('NFC').trim(),
        events: input.events,
        secretSealed: seal(key.key, Buffer.from(secret, 'utf8'), secretContext(tenantId, id)).toString('base64'),
        keyId: key.id,
        createdByType: actor.kind,
        createdBy: actor.id,
        now,
      });
      await recordAudit(
        tx,
        tenantId,
        actor,
        {
          action: 'integration.webhook.create',
          subjectType: 'webhook_endpoint',
          subjectId: id,
          detail: { events: input.events.join(' ') },
        },
        now,
      );
      return { status: 201, body: { id } };
    });
    const created = await repo.findEndpoint(tx, tenantId, result.body.id);
    if (!created) throw new WebhookNotFoundError();
    return result.replayed ? created : { ...created, secret };
  });
}

export async function listEndpoints(deps: Pick<Deps, 'database'>, tenantId: string): Promise<WebhookEndpoint[]> {
  return withTx(deps.database, tenantId, (tx) => repo.listEndpoints(tx, tenantId));
}

export async function getEndpoint(
  deps: Pick<Deps, 'database'>,
  tenantId: string,
  id: string,
): Promise<WebhookEndpoint> {
  const found = await withTx(deps.database, tenantId, (tx) => repo.findEndpoint(tx, tenantId, id));
  if (!found) throw new WebhookNotFoundError();
  return found;
}

function changedFields(patch: WebhookEndpointUpdate): string {
  return (['url', 'events', 'description', 'enabled'] as const).filter((k) => patch[k] !== undefined).join(' ');
}

/**
 * Changes an endpoint: its URL (checked again), events, description, or whether it is on. Turning
 * it on again clears its failures and resumes its pending deliveries, oldest first.
 */
export async function updateEndpoint(
  deps: Deps,
  tenantId: string,
  actor: IntegrationActor,
  id: string,
  patch: WebhookEndpointUpdate,
): Promise<WebhookEndpoint> {
  const url = patch.url === undefined ? undefined : await checkWebhookUrl(patch.url, deps.webhooks, deps.resolve);
  const now = deps.now();
  return withTx(deps.database, tenantId, async (tx) => {
    const status = await repo.endpointStatus(tx, tenantId, id, { lock: true });
    if (status === undefined) throw new WebhookNotFoundError();
    await repo.updateEndpoint(
      tx,
      tenantId,
      id,
      {
        ...(url !== undefined ? { url } : {}),
        ...(patch.events !== undefined ? { events: patch.events } : {}),
        ...(patch.description !== undefined ? { description: patch.description.normalize('NFC').trim() } : {}),
      },
      now,
    );
    if (patch.enabled === true && status === 'disabled') {
      await repo.enableEndpoint(tx, tenantId, id, now);
      await scheduleDrain(tx, tenantId, id);
    }
    if (patch.enabled === false && status === 'enabled') await repo.disableEndpoint(tx, tenantId, id, 'manual', now);
    await recordAudit(
      tx,
      tenantId,
      actor,
      {
        action: 'integration.webhook.update',
        subjectType: 'webhook_endpoint',
        subjectId: id,
        detail: {
          fields: changedFields(patch),
          ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
          ...(patch.events !== undefined ? { events: patch.events.join(' ') } : {}),
        },
      },
      now,
    );
    const updated = await repo.findEndpoint(tx, tenantId, id);
    if (!updated) throw new WebhookNotFoundError();
    return updated;
  });
}
