import { ApplicationNotFoundError, sameKey } from '../../applications/index.ts';
import type { Clock } from '../../../platform/clock.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import type { Tenant } from '../../tenants/index.ts';

import { cancelVisit as markCancelled, findLiveVisit, findVisitDossier } from '../visits.repo.ts';

/**
 * Cancels the dossier's live booking, if any: cancelling twice, or with nothing booked, is not an
 * error. The row stays, marked cancelled, so the history of bookings is kept.
 */
export async function cancelVisit(
  deps: { database: Database; clock: Clock },
  input: { tenant: Tenant; code: string; key: string },
): Promise<void> {
  const tenantId = input.tenant.id;
  const now = deps.clock.now();
  await withTx(deps.database, tenantId, async (tx) => {
    const dossier = await findVisitDossier(tx, tenantId, input.code, true);
    if (!dossier || !sameKey(dossier.lookupKey, input.key)) throw new ApplicationNotFoundError();
    const live = await findLiveVisit(tx, tenantId, dossier.id);
    if (live) await markCancelled(tx, tenantId, live.id, now);
  });
}
