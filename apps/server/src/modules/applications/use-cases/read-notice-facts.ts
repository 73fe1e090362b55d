import { and, eq, sql } from 'drizzle-orm';
import { statusLabel, type Status } from '@motcua/workflow';
import type { Tx } from '../../../platform/db/database.ts';
import {
  applicationEvents,
  applications,
  citizens,
  procedureVersions,
  tenants,
  units,
} from '../../../platform/db/schema/index.ts';

/** What a citizen notice says and where it goes: read once, when the notice is sent. */
export interface NoticeFacts {
  tenantSlug: string;
  tenantName: string;
  code: string;
  lookupKey: string;
  procedureName: string;
  status: Status;
  statusLabel: string;
  /** The unit now holding the dossier. */
  unitName: string;
  unitAddress: string | null;
  dueAt: Date | null;
  rescheduledDueAt: Date | null;
  resultReadyAt: Date | null;
  feeAmount: number | null;
  /** The reason given with the event behind the notice (refusal, supplement, apology, stop). */
  reason: string | null;
  supplementItems: string[];
  /** Where the notice goes: the applicant's own phone and e-mail, and their chat identity if known. */
  recipient: {
    phone: string;
    email: string | null;
    zaloOaUserId: string | null;
    zaloFollower: boolean;
    zaloLastInteractionAt: Date | null;
  };
}

/**
 * The Zalo chat a dossier was bound to by its receipt's QR (chat bot), with that person's follow
 * state: where notices go when the applicant's phone has no chat identity (a counter receipt).
 */
async function boundChat(
  tx: Tx,
  tenantId: string,
  applicationId: string,
): Promise<{ oaUserId: string; follower: boolean; lastInteractionAt: Date | null } | undefined> {
  const result = await tx.execute<{
    oa_user_id: string;
    follower: boolean | null;
    last_interaction_at: string | null;
  }>(sql`
    select t.external_user_id as oa_user_id, f.follower, f.last_interaction_at
      from chat_thread_dossiers d
      join chat_threads t on t.tenant_id = d.tenant_id and t.id = d.thread_id and t.channel = 'zalo'
      left join zalo_followers f on f.tenant_id = t.tenant_id and f.oa_user_id = t.external_user_id
     where d.tenant_id = ${tenantId} and d.application_id = ${applicationId}`);
  const chat = result.rows[0];
  if (!chat) return undefined;
  return {
    oaUserId: chat.oa_user_id,
    follower: chat.follower ?? false,
    lastInteractionAt: chat.last_interaction_at === null ? null : new Date(chat.last_interaction_at),
  };
}

/**
 * The facts of the dossier behind a notice, as of now (a notice sent late says what is true when it
 * is sent), with the reason of the event that produced it. Undefined when the dossier is gone.
 */
export async function readNoticeFacts(
  tx: Tx,
  tenantId: string,
  applicationId: string,
  eventId: string,
): Promise<NoticeFacts | undefined> {
  const rows = await tx
    .select({
      tenantSlug: tenants.slug,
      tenantName: tenants.name,
      code: applications.code,
      lookupKey: applications.lookupKey,
      procedureName: procedureVersions.name,
      status: applications.status,
      unitName: units.name,
      unitAddress: units.address,
      dueAt: applications.dueAt,
      rescheduledDueAt: applications.rescheduledDueAt,
      resultReadyAt: applications.resultReadyAt,
      feeAmount: applications.feeAmount,
      supplementRequest: applications.supplementRequest,
      reason: sql<string | null>`(select ${applicationEvents.reason} from ${applicationEvents}
        where ${applicationEvents.tenantId} = ${tenantId} and ${applicationEvents.id} = ${eventId})`,
      phone: applications.applicantPhone,
      email: applications.applicantEmail,
      zaloOaUserId: citizens.zaloOaUserId,
      zaloFollower: citizens.zaloFollower,
      zaloLastInteractionAt: citizens.zaloLastInteractionAt,
    })
    .from(applications)
    .innerJoin(tenants, eq(tenants.id, applications.tenantId))
    .innerJoin(
      procedureVersions,
      and(
        eq(procedureVersions.tenantId, applications.tenantId),
        eq(procedureVersions.id, applications.procedureVersionId),
      ),
    )
    .innerJoin(units, and(eq(units.tenantId, applications.tenantId), eq(units.id, applications.currentUnitId)))
    .leftJoin(
      citizens,
      and(eq(citizens.tenantId, applications.tenantId), eq(citizens.phone, applications.applicantPhone)),
    )
    .where(and(eq(applications.tenantId, tenantId), eq(applications.id, applicationId)))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const chat = row.zaloOaUserId === null ? await boundChat(tx, tenantId, applicationId) : undefined;
  const status = row.status as Status;
  const supplement = row.supplementRequest as { items?: unknown } | null;
  return {
    tenantSlug: row.tenantSlug,
    tenantName: row.tenantName,
    code: row.code,
    lookupKey: row.lookupKey,
    procedureName: row.procedureName,
    status,
    statusLabel: statusLabel(status),
    unitName: row.unitName,
    unitAddress: row.unitAddress,
    dueAt: row.dueAt,
    rescheduledDueAt: row.rescheduledDueAt,
    resultReadyAt: row.resultReadyAt,
    feeAmount: row.feeAmount,
    reason: row.reason,
    supplementItems: Array.isArray(supplement?.items)
      ? supplement.items.filter((i): i is string => typeof i === 'string')
      : [],
    recipient: {
      phone: row.phone,
      email: row.email,
      zaloOaUserId: chat?.oaUserId ?? row.zaloOaUserId,
      zaloFollower: chat?.follower ?? row.zaloFollower ?? false,
      zaloLastInteractionAt: chat?.lastInteractionAt ?? row.zaloLastInteractionAt,
    },
  };
}
