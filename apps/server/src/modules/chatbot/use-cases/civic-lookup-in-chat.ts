import type { LookupKind } from '@motcua/contracts';
import { listLookupKindsInTx, lookUpInTx } from '../../lookups/index.ts';
import { findRecentLookups, saveRecentLookups } from '../lookup-quota.repo.ts';
import { nextState } from '../domain/chat-state.ts';
import { afterLookup, checkLookupQuota, DEFAULT_LOOKUP_LIMIT, minutesToWait } from '../domain/lookup-quota.ts';
import {
  askLookup,
  lookupAnswer,
  lookupInvalid,
  lookupLimited,
  lookupNotAvailable,
  lookupsMenu,
} from '../domain/lookup-replies.ts';
import type { TurnContext, TurnOutcome } from './turn-context.ts';

/** "Tra cứu khác": the civic look-ups the province has data for. */
export async function showLookups(ctx: TurnContext): Promise<TurnOutcome> {
  const kinds = await listLookupKindsInTx(ctx.tx, ctx.tenant.id);
  return { replies: lookupsMenu(kinds), state: nextState(ctx.thread.state, { step: 'idle' }) };
}

/** Asks for the street, plate or licence number; the next message is the query. */
export function askForLookup(ctx: TurnContext, kind: LookupKind): TurnOutcome {
  return { replies: askLookup(kind), state: nextState(ctx.thread.state, { step: 'awaiting_lookup', kind }) };
}

/**
 * A civic look-up from the chat, answered from the province's data. Nothing found is an answer too
 * ("no violation found for 51F-123.45"); a query that does not fit asks again; sample data says so.
 * Each person may make `lookupLimit` look-ups in the province's chat (counted in the database under
 * the thread's lock, so across every process); only answered look-ups count — a query that does not
 * fit the format reads no data and is not counted.
 */
export async function civicLookup(ctx: TurnContext, kind: LookupKind, query: string): Promise<TurnOutcome> {
  if (query.trim() === '') return askForLookup(ctx, kind);
  const idle = nextState(ctx.thread.state, { step: 'idle' });
  const limit = ctx.deps.lookupLimit ?? DEFAULT_LOOKUP_LIMIT;
  const recent = await findRecentLookups(ctx.tx, ctx.tenant.id, ctx.thread.id);
  const quota = checkLookupQuota(recent, ctx.now, limit);
  if (!quota.allowed) {
    const shown = { max: limit.max, windowMinutes: Math.round(limit.windowMs / 60_000) };
    return { replies: lookupLimited(shown, minutesToWait(quota.retryAfterMs)), state: idle };
  }
  const outcome = await lookUpInTx(ctx.tx, ctx.tenant.id, kind, query, ctx.now);
  if (outcome.ok) {
    await saveRecentLookups(ctx.tx, ctx.tenant.id, ctx.thread.id, afterLookup(recent, ctx.now, limit));
    return { replies: lookupAnswer(outcome.result), state: idle };
  }
  switch (outcome.reason) {
    case 'invalid_query':
      return {
        replies: lookupInvalid(kind, outcome.message),
        state: nextState(ctx.thread.state, { step: 'awaiting_lookup', kind }),
      };
    case 'not_available':
    case 'unknown_kind':
      return { replies: lookupNotAvailable(kind), state: idle };
  }
}
