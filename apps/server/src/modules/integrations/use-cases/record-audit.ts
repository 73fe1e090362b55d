import { appendAudit, type AuditEntry } from '../../../platform/audit.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { IntegrationActor } from '../ports.ts';

/**
 * Appends a key or webhook change to the province's audit log (ids, names of scopes and event
 * types only; never a secret or a URL's query).
 */
export async function recordAudit(
  tx: Tx,
  tenantId: string,
  actor: IntegrationActor | { kind: 'system' },
  entry: Pick<AuditEntry, 'action' | 'subjectType' | 'subjectId' | 'detail' | 'requestId'>,
  at: Date,
): Promise<void> {
  await appendAudit(
    tx,
    tenantId,
    { actorType: actor.kind, actorId: actor.kind === 'system' ? null : actor.id, ...entry },
    at,
  );
}
