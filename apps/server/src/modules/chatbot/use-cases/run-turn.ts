import { nextState } from '../domain/chat-state.ts';
import type { Turn } from '../domain/intents.ts';
import * as say from '../domain/replies.ts';
import { findDossierByCode } from '../chatbot.repo.ts';
import { handlePhoto, sendSupplement } from './chat-photos.ts';
import { askForLookup, civicLookup, showLookups } from './civic-lookup-in-chat.ts';
import { findProcedure, guessProcedure, showProcedure } from './find-procedure-in-chat.ts';
import { lookUpByCode, mayView, showDossier } from './look-up-in-chat.ts';
import { rateInChat } from './rate-in-chat.ts';
import type { TurnContext, TurnOutcome } from './turn-context.ts';

function reply(ctx: TurnContext, replies: TurnOutcome['replies'], step = ctx.thread.state): TurnOutcome {
  return { replies, state: step };
}

/**
 * A shared phone links the chat to the citizen (recorded with the contact); when the bot was
 * waiting for the key of a dossier filed with that phone, the status follows at once.
 */
async function phoneShared(ctx: TurnContext, phone: string | undefined): Promise<TurnOutcome> {
  const state = ctx.thread.state;
  const linked = say.phoneLinked(phone !== undefined);
  if (phone === undefined || state.step !== 'awaiting_key')
    return reply(ctx, linked, nextState(state, { step: 'idle' }));
  const dossier = await findDossierByCode(ctx.tx, ctx.tenant.id, state.code);
  if (dossier && (await mayView(ctx, dossier))) return showDossier(ctx, dossier, linked);
  return reply(ctx, linked);
}

/** Carries out one turn of the conversation; the replies are queued by the caller. */
export async function runTurn(ctx: TurnContext, turn: Turn): Promise<TurnOutcome> {
  const idle = nextState(ctx.thread.state, { step: 'idle' });
  switch (turn.do) {
    case 'menu':
      return reply(ctx, say.menu(ctx.tenant.name), idle);
    case 'ask_code':
      return reply(ctx, say.askCode(turn.again), nextState(ctx.thread.state, { step: 'awaiting_code' }));
    case 'lookup':
      return lookUpByCode(ctx, turn.code, turn.key);
    case 'procedure':
      return showProcedure(ctx, turn.code);
    case 'ask_query':
      return reply(
        ctx,
        say.askQuery(turn.forFiling),
        nextState(ctx.thread.state, { step: 'awaiting_query', forFiling: turn.forFiling }),
      );
    case 'search':
      return findProcedure(ctx, turn.query);
    case 'faq':
      return reply(ctx, say.faq(turn.topic), idle);
    case 'handoff':
      return { replies: say.handedOff(), state: idle, handoff: 'open' };
    case 'relay':
      return reply(ctx, []);
    case 'end_handoff':
      return { replies: say.handoffEnded(), state: idle, handoff: 'closed' };
    case 'rate':
      return rateInChat(ctx, turn.code, turn.rating);
    case 'rating_reason':
      return rateInChat(ctx, turn.code, 'unsatisfied', turn.reason);
    case 'photo':
      return handlePhoto(ctx, turn.url);
    case 'send_supplement':
      return sendSupplement(ctx, turn.code);
    case 'link_phone':
      return reply(ctx, say.requestPhone());
    case 'info_shared':
      return phoneShared(ctx, turn.phone);
    case 'unsupported':
      return reply(ctx, say.unsupported(turn.what));
    case 'thanks':
      return reply(ctx, say.welcomeBack(), idle);
    case 'lookups_menu':
      return showLookups(ctx);
    case 'ask_lookup':
      return askForLookup(ctx, turn.kind);
    case 'civic_lookup':
      return civicLookup(ctx, turn.kind, turn.query);
    case 'fallback':
      return (await guessProcedure(ctx, turn.text)) ?? reply(ctx, say.notUnderstood(), idle);
  }
}
