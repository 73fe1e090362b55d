import { and, eq } from 'drizzle-orm';
import type { Task } from 'graphile-worker';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { zaloWebhookEvents } from '../../../platform/db/schema/index.ts';
import { recordZaloContact, type ZaloContact } from '../../identity/index.ts';

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const obj = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** A Vietnamese mobile number as shared in `user_submit_info`, as we store phones (84…), or undefined. */
function sharedPhone(info: Record<string, unknown>): string | undefined {
  const raw = str(info['phone']);
  if (raw === undefined) return undefined;
  const digits = raw.replace(/\D/g, '');
  const e164 = digits.startsWith('84') ? digits : digits.startsWith('0') ? `84${digits.slice(1)}` : digits;
  return /^84[35789][0-9]{8}$/.test(e164) ? e164 : undefined;
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

async function markProcessed(tx: Tx, tenantId: string, eventKey: string, at: Date): Promise<void> {
  await tx
    .update(zaloWebhookEvents)
    .set({ processedAt: at })
    .where(and(eq(zaloWebhookEvents.tenantId, tenantId), eq(zaloWebhookEvents.eventKey, eventKey)));
}

/** Processes one stored OA event once: the person's follow state and reply window, their shared phone. */
export async function processWebhookEvent(
  deps: { database: Database; now: () => Date },
  input: { tenantId: string; eventKey: string },
): Promise<void> {
  await withTx(deps.database, input.tenantId, async (tx) => {
    const rows = await tx
      .select()
      .from(zaloWebhookEvents)
      .where(and(eq(zaloWebhookEvents.tenantId, input.tenantId), eq(zaloWebhookEvents.eventKey, input.eventKey)))
      .for('update');
    const row = rows[0];
    if (!row || row.processedAt !== null) return;
    const contact = contactOf(obj(row.body));
    if (contact) await recordZaloContact(tx, input.tenantId, contact, deps.now());
    await markProcessed(tx, input.tenantId, input.eventKey, deps.now());
  });
}

export function processWebhookEventJob(deps: { database: Database; now: () => Date }): Task {
  return async (payload) => {
    const record = obj(payload);
    const tenantId = str(record['tenantId']);
    const eventKey = str(record['eventKey']);
    if (tenantId === undefined || eventKey === undefined)
      throw new Error('zalo:webhook-event needs tenantId and eventKey');
    await processWebhookEvent(deps, { tenantId, eventKey });
  };
}
