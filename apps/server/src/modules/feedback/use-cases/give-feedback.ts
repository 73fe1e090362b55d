import { ApplicationNotFoundError, sameKey } from '../../applications/index.ts';
import type { FeedbackBody, FeedbackGiven } from '@motcua/contracts';
import type { Clock } from '../../../platform/clock.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { idempotent } from '../../../platform/idempotency.ts';
import type { Tenant } from '../../tenants/index.ts';
import { checkRating } from '../domain/rating.ts';
import { FeedbackAlreadyGivenError, FeedbackNotAllowedError, ReasonRequiredError } from '../feedback.errors.ts';
import { findDossier, insertFeedback, type RatedDossier } from '../feedback.repo.ts';

export interface GiveFeedbackInput {
  tenant: Tenant;
  code: string;
  /** The receipt's look-up key. */
  key: string;
  body: FeedbackBody;
  idempotencyKey: string | undefined;
}

async function rate(tx: Tx, tenantId: string, dossier: RatedDossier, body: FeedbackBody, now: Date) {
  const check = checkRating(dossier.status, body.rating, body.reason);
  if (!check.ok) {
    if (check.refusal === 'REASON_REQUIRED') throw new ReasonRequiredError();
    throw new FeedbackNotAllowedError(dossier.status);
  }
  const stored = await insertFeedback(tx, {
    tenantId,
    applicationId: dossier.id,
    rating: body.rating,
    reason: check.reason,
    channel: body.channel === 'zalo' ? 'zalo' : 'web',
    at: now,
  });
  if (!stored) throw new FeedbackAlreadyGivenError();
  const given: FeedbackGiven = {
    rating: body.rating,
    ...(check.reason !== null ? { reason: check.reason } : {}),
    at: now.toISOString(),
  };
  return given;
}

/**
 * The citizen's one rating of a dossier, once its result was handed over. The receipt's key is
 * checked before anything else (an unknown code and a wrong key give the look-up's 404); a repeat
 * with the same Idempotency-Key and body gets the first 201 again, any other second rating a 409.
 */
export async function giveFeedback(
  deps: { database: Database; clock: Clock },
  input: GiveFeedbackInput,
): Promise<FeedbackGiven> {
  const tenantId = input.tenant.id;
  const now = deps.clock.now();
  const result = await withTx(deps.database, tenantId, async (tx) => {
    const dossier = await findDossier(tx, tenantId, input.code);
    if (!dossier || !sameKey(dossier.lookupKey, input.key)) throw new ApplicationNotFoundError();
    return idempotent(tx, tenantId, `feedback:${input.code}`, input.idempotencyKey, input.body, async () => ({
      status: 201,
      body: await rate(tx, tenantId, dossier, input.body, now),
    }));
  });
  return result.body;
}
