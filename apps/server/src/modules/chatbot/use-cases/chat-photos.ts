import { AppError } from '../../../platform/errors.ts';
import { performAction } from '../../applications/index.ts';
import { createUpload } from '../../attachments/index.ts';
import {
  annotateInbound,
  boundAwaitingSupplement,
  findDossierByCode,
  isBound,
  listSupplementPhotos,
  markSupplementHandedIn,
} from '../chatbot.repo.ts';
import { nextState } from '../domain/chat-state.ts';
import {
  qrInvalid,
  qrUnreadable,
  supplementNothing,
  supplementNotAwaited,
  supplementPhotoReceived,
  supplementPhotoRejected,
  supplementSent,
} from '../domain/replies.ts';
import { decodeQr, receiptToken } from '../media/decode-qr.ts';
import { fetchChatImage } from '../media/fetch-chat-image.ts';
import { lookUpByQrToken } from './look-up-in-chat.ts';
import type { TurnContext, TurnOutcome } from './turn-context.ts';

function stay(ctx: TurnContext, replies: TurnOutcome['replies']): TurnOutcome {
  return { replies, state: ctx.thread.state };
}

/** A photo becomes an upload of the supplement the thread's bound dossier waits for. */
async function attachSupplementPhoto(ctx: TurnContext, bytes: Buffer): Promise<TurnOutcome | undefined> {
  const [dossier] = await boundAwaitingSupplement(ctx.tx, ctx.tenant.id, ctx.thread.id);
  if (!dossier) return undefined;
  let uploadId: string;
  try {
    uploadId = (await createUpload(ctx.deps.uploads, { tenantId: ctx.tenant.id, bytes })).id;
  } catch (error) {
    if (error instanceof AppError) return stay(ctx, supplementPhotoRejected());
    throw error;
  }
  await annotateInbound(ctx.tx, ctx.tenant.id, ctx.messageId, { uploadId, supplementFor: dossier.code });
  const photos = await listSupplementPhotos(ctx.tx, ctx.tenant.id, ctx.thread.id, dossier.code);
  return {
    replies: supplementPhotoReceived(dossier.code, photos.length),
    state: nextState(ctx.thread.state, { step: 'collecting_supplement', code: dossier.code }, dossier.code),
  };
}

/**
 * A photo in the chat: a receipt's QR is read on the server (look-up and binding); any other photo
 * goes to the supplement a bound dossier waits for; otherwise the person is told what to send.
 */
export async function handlePhoto(ctx: TurnContext, url: string | undefined): Promise<TurnOutcome> {
  if (url === undefined) return stay(ctx, qrUnreadable());
  const fetched = await fetchChatImage(ctx.deps.images, url);
  if (!fetched.ok) return stay(ctx, qrUnreadable());
  const text = await decodeQr(fetched.bytes);
  const token = text === undefined ? undefined : receiptToken(text);
  if (token !== undefined) return lookUpByQrToken(ctx, token);
  if (text !== undefined) return stay(ctx, qrInvalid());
  return (await attachSupplementPhoto(ctx, fetched.bytes)) ?? stay(ctx, qrUnreadable());
}

/**
 * "Gửi bổ sung": the photos sent for the dossier are handed in through the dossier's supplement
 * (the same transition as the citizen app's), once; only for a dossier bound to this thread.
 */
export async function sendSupplement(ctx: TurnContext, code: string): Promise<TurnOutcome> {
  const idle = nextState(ctx.thread.state, { step: 'idle' });
  const dossier = await findDossierByCode(ctx.tx, ctx.tenant.id, code);
  if (
    !dossier ||
    dossier.status !== 'supplement_requested' ||
    !(await isBound(ctx.tx, ctx.tenant.id, ctx.thread.id, dossier.id))
  ) {
    return { replies: supplementNotAwaited(), state: idle };
  }
  const photos = await listSupplementPhotos(ctx.tx, ctx.tenant.id, ctx.thread.id, code);
  if (photos.length === 0) return stay(ctx, supplementNothing(code));
  await performAction(
    { database: ctx.deps.database, clock: { now: () => ctx.now } },
    {
      tenant: ctx.tenant,
      code,
      action: 'receive_supplement',
      actor: { kind: 'citizen' },
      lookupKey: dossier.lookupKey,
      documents: photos.map((p, i) => ({ documentKey: `supplement-${String(i + 1)}`, uploadId: p.uploadId })),
      idempotencyKey: `chat-supplement:${ctx.messageId}`,
      requestId: ctx.messageId,
    },
  );
  await markSupplementHandedIn(
    ctx.tx,
    ctx.tenant.id,
    photos.map((p) => p.messageId),
  );
  return { replies: supplementSent(code, photos.length), state: idle };
}
