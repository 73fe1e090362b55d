import { ApplicationNotFoundError, lookupApplication, sameKey } from '../../applications/index.ts';
import { findFeedbackByCode } from '../../feedback/index.ts';
import { bindDossier, findDossierByCode, isBound, phonesOfChatUser, type ChatDossier } from '../chatbot.repo.ts';
import { KEY_ATTEMPTS, nextState, type ChatState } from '../domain/chat-state.ts';
import { askKey, boundByQr, dossierStatus, qrInvalid, wrongKey, type ChatReply } from '../domain/replies.ts';
import type { TurnContext, TurnOutcome } from './turn-context.ts';

/** Whether this thread may see the dossier without a key: proved before, bound here, or the phone on file. */
export async function mayView(ctx: TurnContext, dossier: ChatDossier): Promise<boolean> {
  if (ctx.thread.state.known?.includes(dossier.code)) return true;
  if (await isBound(ctx.tx, ctx.tenant.id, ctx.thread.id, dossier.id)) return true;
  const phones = await phonesOfChatUser(ctx.tx, ctx.tenant.id, ctx.thread.externalUserId);
  return phones.includes(dossier.applicantPhone);
}

/** The dossier's status (and its next step) for a thread that may see it. */
export async function showDossier(
  ctx: TurnContext,
  dossier: ChatDossier,
  lead: ChatReply[] = [],
): Promise<TurnOutcome> {
  const clock = { now: () => ctx.now };
  let view;
  try {
    view = await lookupApplication(
      { database: ctx.deps.database, clock },
      { tenant: ctx.tenant, code: dossier.code, key: dossier.lookupKey },
    );
  } catch (error) {
    if (error instanceof ApplicationNotFoundError)
      return { replies: wrongKey(0), state: nextState(ctx.thread.state, { step: 'idle' }) };
    throw error;
  }
  const bound = await isBound(ctx.tx, ctx.tenant.id, ctx.thread.id, dossier.id);
  const rated =
    dossier.status === 'returned' && (await findFeedbackByCode(ctx.tx, ctx.tenant.id, dossier.code)) !== undefined;
  const canSupplement = dossier.status === 'supplement_requested' && bound;
  const replies = dossierStatus(
    {
      code: view.code,
      procedureName: view.procedure.name,
      statusLabel: view.statusLabel,
      status: view.status,
      unit: view.currentUnit,
      overdue: view.overdue,
      ...(view.rescheduledDueAt || view.dueAt ? { dueAt: new Date(view.rescheduledDueAt ?? view.dueAt ?? '') } : {}),
      ...(view.supplementRequest ? { supplement: view.supplementRequest } : {}),
      ...(view.fee ? { fee: view.fee } : {}),
    },
    { rateable: dossier.status === 'returned' && !rated, canSupplement },
  );
  const step: ChatState = canSupplement ? { step: 'collecting_supplement', code: dossier.code } : { step: 'idle' };
  return { replies: [...lead, ...replies], state: nextState(ctx.thread.state, step, dossier.code) };
}

/**
 * A code typed in the chat, with or without its key. Without a key and without another proof the
 * bot asks for the key, whether or not the code exists (codes must not be probed); a wrong key
 * counts against `KEY_ATTEMPTS`.
 */
export async function lookUpByCode(ctx: TurnContext, code: string, key: string | undefined): Promise<TurnOutcome> {
  const dossier = await findDossierByCode(ctx.tx, ctx.tenant.id, code);
  if (dossier && (key === undefined ? await mayView(ctx, dossier) : sameKey(dossier.lookupKey, key))) {
    return showDossier(ctx, dossier);
  }
  if (key === undefined) {
    return { replies: askKey(code), state: nextState(ctx.thread.state, { step: 'awaiting_key', code, attempts: 0 }) };
  }
  const state = ctx.thread.state;
  const attempts = (state.step === 'awaiting_key' && state.code === code ? state.attempts : 0) + 1;
  const left = KEY_ATTEMPTS - attempts;
  return {
    replies: wrongKey(left),
    state: nextState(state, left > 0 ? { step: 'awaiting_key', code, attempts } : { step: 'idle' }),
  };
}

/**
 * A receipt QR read from a photo: a valid signature of this province proves the holder has the
 * receipt, so the status is shown and the dossier is bound to this thread (its notices come here).
 */
export async function lookUpByQrToken(ctx: TurnContext, token: string): Promise<TurnOutcome> {
  const verified = await ctx.deps.qr.verify(token);
  const invalid = { replies: qrInvalid(), state: nextState(ctx.thread.state, { step: 'idle' }) };
  if (!verified.valid || verified.tenant !== ctx.tenant.slug) return invalid;
  const dossier = await findDossierByCode(ctx.tx, ctx.tenant.id, verified.code);
  if (!dossier || !sameKey(dossier.lookupKey, verified.key)) return invalid;
  await bindDossier(ctx.tx, ctx.tenant.id, ctx.thread.id, dossier.id, ctx.now);
  return showDossier(ctx, dossier, boundByQr(dossier.code));
}
