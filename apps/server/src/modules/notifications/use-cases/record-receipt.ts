import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import type { DeliveryReceipt } from '../../channels/index.ts';

/** Our delivery ids are UUIDs; a `tracking_id` that is not one was not set by us. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Marks the sent attempts a provider's receipt names as reached the phone (and opened, for a
 * `seen`): template messages by the `tracking_id` we gave (our delivery id), any message by the
 * provider's own id. The first report wins; a later or repeated one changes nothing. Opening a
 * message also proves it arrived, so `seen` sets the delivery time when none was reported.
 * Receipts for messages that are not notices (chat replies, broadcasts) match nothing.
 *
 * Zalo may post a template message's receipt before it has answered our send, so before the
 * attempt is recorded as sent: a receipt by our `tracking_id` also counts for the attempt still
 * `sending` (Zalo can only know that id from our send). A receipt by the provider's message id
 * cannot: that id is ours only once the send's answer is recorded.
 */
export async function recordDeliveryReceipt(tx: Tx, tenantId: string, receipt: DeliveryReceipt): Promise<number> {
  const tracking = receipt.trackingId !== undefined && UUID.test(receipt.trackingId) ? receipt.trackingId : null;
  const ids = receipt.messageIds.slice(0, 100);
  if (tracking === null && ids.length === 0) return 0;
  const seen = receipt.kind === 'seen';
  const at = receipt.at.toISOString();
  const result = await tx.execute(sql`
    update notification_attempts
       set delivered_at = coalesce(delivered_at, ${at}::timestamptz),
           seen_at = case when ${seen} then coalesce(seen_at, ${at}::timestamptz) else seen_at end
     where tenant_id = ${tenantId}
       and (
         ${
           tracking === null
             ? sql`false`
             : sql`(route = 'zalo_template' and delivery_id = ${tracking}::uuid and state in ('sending', 'sent'))`
         }
         or ${
           ids.length === 0
             ? sql`false`
             : sql`(state = 'sent' and provider_id in (${sql.join(
                 ids.map((id) => sql`${id}`),
                 sql`, `,
               )}))`
         }
       )`);
  return result.rowCount ?? 0;
}
