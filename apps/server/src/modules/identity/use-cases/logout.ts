import { appendAudit } from '../../../platform/audit.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { revokeSession } from '../sessions.repo.ts';

export interface LogoutDeps {
  database: Database;
  now: () => Date;
}

export interface LogoutInput {
  tenantId: string;
  sessionId: string;
  officerId: string;
  requestId?: string;
}

/** Ends a session: it is revoked server-side (the cookie alone no longer signs anyone in) and audited. */
export async function logout(deps: LogoutDeps, input: LogoutInput): Promise<void> {
  const now = deps.now();
  await withTx(deps.database, input.tenantId, async (tx) => {
    await revokeSession(tx, input.tenantId, input.sessionId, now);
    await appendAudit(
      tx,
      input.tenantId,
      {
        actorType: 'officer',
        actorId: input.officerId,
        action: 'officer.logout',
        subjectType: 'officer',
        subjectId: input.officerId,
        requestId: input.requestId ?? null,
        detail: { sessionId: input.sessionId },
      },
      now,
    );
  });
}
