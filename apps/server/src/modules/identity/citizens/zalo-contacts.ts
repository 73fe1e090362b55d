import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';

/** What an OA webhook event tells about a person (zalo-platform.md §7.3). */
export interface ZaloContact {
  /** OA-scoped id: `sender.id` of user events, `follower.id` of follow events. */
  oaUserId: string;
  /** `user_id_by_app`: the Mini App's id for the same person, when the event carries it. */
  appUserId?: string;
  /** Set by follow (true) and unfollow (false). */
  follower?: boolean;
  /** Any message, follow or button tap: opens the 7-day reply window (§6). */
  interactedAt?: Date;
  /** A number the person shared (`user_submit_info`): E.164 without '+'. */
  phone?: string;
}

/**
 * Records what the OA learnt about a person and mirrors it onto the citizen it belongs to — found by
 * the Mini App id, the OA id, or a shared phone number — so notices can reach them in the chat.
 */
export async function recordZaloContact(tx: Tx, tenantId: string, contact: ZaloContact, now: Date): Promise<void> {
  await tx.execute(sql`
    insert into zalo_followers (tenant_id, oa_user_id, app_user_id, follower, last_interaction_at, updated_at)
    values (${tenantId}, ${contact.oaUserId}, ${contact.appUserId ?? null}, ${contact.follower ?? false},
            ${contact.interactedAt ?? null}, ${now})
    on conflict (tenant_id, oa_user_id) do update set
      app_user_id = coalesce(excluded.app_user_id, zalo_followers.app_user_id),
      follower = ${contact.follower === undefined ? sql`zalo_followers.follower` : sql`excluded.follower`},
      last_interaction_at = greatest(excluded.last_interaction_at, zalo_followers.last_interaction_at),
      updated_at = excluded.updated_at`);
  if (contact.phone !== undefined) {
    await tx.execute(sql`
      insert into citizens (tenant_id, id, phone, full_name, zalo_oa_user_id)
      values (${tenantId}, ${newId(now.getTime())}, ${contact.phone}, '', ${contact.oaUserId})
      on conflict (tenant_id, phone) do update set zalo_oa_user_id = excluded.zalo_oa_user_id`);
  }
  await syncCitizenFromFollower(tx, tenantId, { oaUserId: contact.oaUserId });
}

/**
 * Copies a follower's Zalo state onto the citizen linked to them (by OA id or Mini App id). Called
 * after an OA event and after a Mini App sign-in links a phone to a Mini App id.
 */
export async function syncCitizenFromFollower(
  tx: Tx,
  tenantId: string,
  by: { oaUserId: string } | { appUserId: string },
): Promise<void> {
  const match = 'oaUserId' in by ? sql`f.oa_user_id = ${by.oaUserId}` : sql`f.app_user_id = ${by.appUserId}`;
  await tx.execute(sql`
    update citizens c set
      zalo_oa_user_id = f.oa_user_id,
      zalo_follower = f.follower,
      zalo_last_interaction_at = f.last_interaction_at
    from zalo_followers f
    where f.tenant_id = ${tenantId} and c.tenant_id = f.tenant_id and ${match}
      and (c.zalo_oa_user_id = f.oa_user_id or (f.app_user_id is not null and c.zalo_user_id = f.app_user_id))`);
}
