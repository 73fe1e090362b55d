import type { SubmitApplicationBody } from '@motcua/contracts';
import type { Actor } from '@motcua/workflow';
import type { Clock } from '../../../platform/clock.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { idempotent } from '../../../platform/idempotency.ts';
import type { Tenant } from '../../tenants/index.ts';
import type { ApplicationState } from './application-state.ts';
import { performActionInTx } from './perform-action.ts';
import { fileInTx } from './submit-application.ts';

export interface WalkInResult {
  state: ApplicationState;
  lookupKey: string;
}

/**
 * Counter intake: an intake officer records a walk-in dossier (form and scans) and accepts it at
 * once, in one transaction, so the receipt can be printed while the citizen waits. If the officer
 * may not accept for that unit, nothing is recorded.
 */
export async function recordWalkIn(
  deps: { database: Database; clock: Clock },
  input: {
    tenant: Tenant;
    body: SubmitApplicationBody;
    officer: Extract<Actor, { kind: 'officer' }>;
    idempotencyKey: string | undefined;
    requestId: string;
  },
): Promise<WalkInResult> {
  const result = await withTx(deps.database, input.tenant.id, (tx) =>
    idempotent(tx, input.tenant.id, 'applications.walk-in', input.idempotencyKey, input.body, async () => {
      const now = deps.clock.now();
      const filed = await fileInTx(tx, {
        tenant: input.tenant,
        body: input.body,
        channel: 'counter',
        now,
        requestId: input.requestId,
        idempotencyKey: input.idempotencyKey,
        officer: input.officer,
      });
      const state = await performActionInTx(tx, now, {
        tenant: input.tenant,
        code: filed.code,
        action: 'accept',
        actor: input.officer,
        requestId: input.requestId,
      });
      return { status: 201, body: { state, lookupKey: filed.lookupKey } };
    }),
  );
  return result.body;
}
