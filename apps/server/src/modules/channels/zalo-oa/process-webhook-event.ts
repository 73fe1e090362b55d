import { and, eq } from 'drizzle-orm';
import type { Task } from 'graphile-worker';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { vietnamMobileE164 } from '../../../platform/phone.ts';
import { zaloWebhookEvents } from '../../../platform/db/schema/index.ts';
import { recordZaloContact, type ZaloContact } from '../../identity/index.ts';
import type { DeliveryReceipt } from '../channel.ts';

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const obj = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** The number shared in `user_submit_info`, as we store phones, or undefined. */
function sharedPhone(info: Record<string, unknown>): string | undefined {
  const raw = str(info['phone']);
  return raw === undefined ? undefined : vietnamMobileE164(raw);
}

/**
 * What an OA event says about the person behind it (zalo-platform.md §7.3, §12): follow and
 * unfollow carry `follower.id`; a user's own events carry `sender.id`; all carry `user_id_by_app`
 * and the time. OA echoes and delivery receipts say nothing about the person.
 */
export function contactOf(event: Record<string, unknown>): ZaloContact | undefined {
  const name = str(event['event_name']) ?? '';
  const at = new Date(Number(event['timestamp']));
  const appUserId = str(event['user_id_by_app']);
  const base = (oaUserId: string | undefined): ZaloContact | undefined =>
    oaUserId === undefined
      ? undefined
      : {
          oaUserId,
          ...(appUserId ? { appUserId } : {}),
          ...(Number.isFinite(at.getTime()) ? { interactedAt: at } : {}),
        };
  if (name === 'follow' || name === 'unfollow') {
    const contact = base(str(obj(event['follower'])['id']));
    return contact && { ...contact, follower: name === 'follow' };
  }
  if (name.startsWith('user_send_') || name === 'user_submit_info') {
    const contact = base(str(obj(event['sender'])['id']));
    if (!contact || name !== 'user_submit_info') return contact;
    // Both payload shapes are seen (§13.8): `info.phone` and the flat older variant.
    const info = { ...obj(event['info']), ...obj(obj(event['message'])['info']) };
    const phone = sharedPhone(info);
    return phone === undefined ? contact : { ...contact, phone };
  }
  return undefined;
}

/** A moment given as milliseconds since the epoch in a string (Zalo's way), or undefined. */
function instant(value: unknown): Date | undefined {
  const at = new Date(Number(value));
  return typeof value === 'string' && value !== '' && Number.isFinite(at.getTime()) ? at : undefined;
}

/**
 * What a delivery event reports (zalo-platform.md §7.3, §12.5): `user_received_message` carries
 * `message.msg_id` (and, for a template message, our `tracking_id` and `delivery_time`);
 * `user_seen_message` carries `message.msg_ids`. Undefined for any other event.
 */
export function deliveryReceiptOf(event: Record<string, unknown>): DeliveryReceipt | undefined {
  const name = str(event['event_name']);
  if (name !== 'user_received_message' && name !== 'user_seen_message') return undefined;
  const message = obj(event['message']);
  const listed = Array.isArray(message['msg_ids']) ? message['msg_ids'] : [message['msg_id']];
  const messageIds = listed.map(str).filter((id): id is string => id !== undefined);
  const trackingId = str(message['tracking_id']);
  const at = instant(message['delivery_time']) ?? instant(event['timestamp']);
  if (at === undefined || (messageIds.length === 0 && trackingId === undefined)) return undefined;
  return {
    kind: name === 'user_seen_message' ? 'seen' : 'delivered',
    messageIds,
    ...(trackingId === undefined ? {} : { trackingId }),
    at,
  };
}

/** What a person did, in words any chat bot understands (the channel-neutral chat input). */
export type ZaloUserInput =
  | { kind: 'follow' }
  | { kind: 'text'; text: string }
  | { kind: 'image'; url: string | undefined; caption?: string }
  | { kind: 'shared_info'; phone: string | undefined }
  | { kind: 'other'; what: 'file' | 'location' | 'sticker' | 'other' };

/** A user event handed to the chat bot once its contact is recorded. */
export interface ZaloUserEvent {
  tenantId: string;
  eventKey: string;
  /** The OA-scoped id of the person (`sender.id`). */
  userId: string;
  input: ZaloUserInput;
}

export type OnZaloUserEvent = (event: ZaloUserEvent) => Promise<void>;

function firstAttachment(message: Record<string, unknown>): Record<string, unknown> {
  const attachments = message['attachments'];
  return Array.isArray(attachments) ? obj(attachments[0]) : {};
}

/**
 * The chat input of a user event (zalo-platform.md §7.3, §7.4, §12): texts (an `oa.query.*` tap
 * arrives as text, or as `user_click_button` per §13.5), images with their URL, shared info; the
 * other kinds by name. Undefined for events that are not a person's message.
 */
export function userInputOf(event: Record<string, unknown>): ZaloUserInput | undefined {
  const name = str(event['event_name']) ?? '';
  const message = obj(event['message']);
  switch (name) {
    case 'follow':
      // A new follower is greeted (the bot answers with its menu).
      return { kind: 'follow' };
    case 'user_send_text':
    case 'user_click_button':
      return { kind: 'text', text: str(message['text']) ?? '' };
    case 'user_send_image': {
      const caption = str(message['text']);
      return {
        kind: 'image',
        url: str(obj(firstAttachment(message)['payload'])['url']),
        ...(caption ? { caption } : {}),
      };
    }
    case 'user_submit_info': {
      const info = { ...obj(event['info']), ...obj(message['info']) };
      return { kind: 'shared_info', phone: sharedPhone(info) };
    }
    case 'user_send_file':
      return { kind: 'other', what: 'file' };
    case 'user_send_location':
      return { kind: 'other', what: 'location' };
    case 'user_send_sticker':
    case 'user_send_gif':
      return { kind: 'other', what: 'sticker' };
    default:
      return name.startsWith('user_send_') ? { kind: 'other', what: 'other' } : undefined;
  }
}

async function markProcessed(tx: Tx, tenantId: string, eventKey: string, at: Date): Promise<void> {
  await tx
    .update(zaloWebhookEvents)
    .set({ processedAt: at })
    .where(and(eq(zaloWebhookEvents.tenantId, tenantId), eq(zaloWebhookEvents.eventKey, eventKey)));
}

export interface ProcessWebhookDeps {
  database: Database;
  now: () => Date;
  /** The chat bot, handed each person's message after their contact is recorded. */
  onUserEvent?: OnZaloUserEvent;
  /** Records a delivery receipt against what was sent (in the event's transaction). */
  onDeliveryReceipt?: (tx: Tx, tenantId: string, receipt: DeliveryReceipt) => Promise<void>;
}

/**
 * Processes one stored OA event once: the person's follow state and reply window, their shared
 * phone, a delivery receipt; then a person's message goes to the chat bot. The event is marked processed only after the
 * bot ran, so a failed turn is retried by the job (the bot records each event once).
 */
export async function processWebhookEvent(
  deps: ProcessWebhookDeps,
  input: { tenantId: string; eventKey: string },
): Promise<void> {
  const pending = await withTx(deps.database, input.tenantId, async (tx) => {
    const rows = await tx
      .select()
      .from(zaloWebhookEvents)
      .where(and(eq(zaloWebhookEvents.tenantId, input.tenantId), eq(zaloWebhookEvents.eventKey, input.eventKey)))
      .for('update');
    const row = rows[0];
    if (!row || row.processedAt !== null) return undefined;
    const body = obj(row.body);
    const contact = contactOf(body);
    if (contact) await recordZaloContact(tx, input.tenantId, contact, deps.now());
    const receipt = deps.onDeliveryReceipt ? deliveryReceiptOf(body) : undefined;
    if (receipt) await deps.onDeliveryReceipt?.(tx, input.tenantId, receipt);
    const userInput = deps.onUserEvent ? userInputOf(body) : undefined;
    // A follow names the person in `follower.id` (§7.3); their own messages in `sender.id`.
    const userId = userInput?.kind === 'follow' ? str(obj(body['follower'])['id']) : str(obj(body['sender'])['id']);
    if (userInput === undefined || userId === undefined) {
      await markProcessed(tx, input.tenantId, input.eventKey, deps.now());
      return undefined;
    }
    return { userId, input: userInput };
  });
  if (!pending || !deps.onUserEvent) return;
  await deps.onUserEvent({ tenantId: input.tenantId, eventKey: input.eventKey, ...pending });
  await withTx(deps.database, input.tenantId, (tx) => markProcessed(tx, input.tenantId, input.eventKey, deps.now()));
}

export function processWebhookEventJob(deps: ProcessWebhookDeps): Task {
  return async (payload) => {
    const record = obj(payload);
    const tenantId = str(record['tenantId']);
    const eventKey = str(record['eventKey']);
    if (tenantId === undefined || eventKey === undefined)
      throw new Error('zalo:webhook-event needs tenantId and eventKey');
    await processWebhookEvent(deps, { tenantId, eventKey });
  };
}
