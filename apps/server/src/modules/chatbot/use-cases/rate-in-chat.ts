import { AppError } from '../../../platform/errors.ts';
import { giveFeedback } from '../../feedback/index.ts';
import { findDossierByCode } from '../chatbot.repo.ts';
import { nextState } from '../domain/chat-state.ts';
import type { Rating } from '../domain/intents.ts';
import { askRatingReason, cannotRate, thanksForRating } from '../domain/replies.ts';
import { mayView } from './look-up-in-chat.ts';
import type { TurnContext, TurnOutcome } from './turn-context.ts';

/**
 * A rating from the buttons (QĐ 766: Rất hài lòng / Hài lòng / Không hài lòng). "Không hài lòng"
 * first asks for the reason; the rating is stored through the feedback module, once per dossier.
 */
export async function rateInChat(
  ctx: TurnContext,
  code: string,
  rating: Rating,
  reason?: string,
): Promise<TurnOutcome> {
  const idle = nextState(ctx.thread.state, { step: 'idle' });
  const dossier = await findDossierByCode(ctx.tx, ctx.tenant.id, code);
  if (!dossier || !(await mayView(ctx, dossier))) return { replies: cannotRate('unknown'), state: idle };
  if (dossier.status !== 'returned') return { replies: cannotRate('not_returned'), state: idle };
  if (rating === 'unsatisfied' && (reason === undefined || reason.trim() === '')) {
    return { replies: askRatingReason(), state: nextState(ctx.thread.state, { step: 'awaiting_rating_reason', code }) };
  }
  try {
    await giveFeedback(
      { database: ctx.deps.database, clock: { now: () => ctx.now } },
      {
        tenant: ctx.tenant,
        code,
        key: dossier.lookupKey,
        body: { rating, channel: 'zalo', ...(reason ? { reason: reason.slice(0, 1000) } : {}) },
        idempotencyKey: undefined,
      },
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'FEEDBACK.ALREADY_GIVEN')
      return { replies: cannotRate('already'), state: idle };
    if (error instanceof AppError && error.code === 'FEEDBACK.NOT_ALLOWED') {
      return { replies: cannotRate('not_returned'), state: idle };
    }
    throw error;
  }
  return { replies: thanksForRating(rating === 'unsatisfied'), state: idle };
}
