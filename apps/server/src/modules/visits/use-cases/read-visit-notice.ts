import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { applications, visits } from '../../../platform/db/schema/index.ts';
import { findVersionById } from '../../catalog/index.ts';
import { listUnits } from '../../tenants/index.ts';
import { originalsChecklist, visitFee } from '../domain/visit-rules.ts';
import { placeOf, publishedFee } from '../offer.ts';
import { filedDocumentKeys } from '../visits.repo.ts';

/** What a visit notice says: when and where, what to bring, the fee. */
export interface VisitNotice {
  startsAt: Date;
  endsAt: Date;
  /** False once the booking was cancelled or moved (a reminder of it no longer applies). */
  live: boolean;
  place: { name: string; address: string };
  /** Originals to bring, e.g. "Giấy chứng sinh (1 bản chính)". */
  bring: string[];
  /** The fee still to pay at the desk, in đồng; null when none. */
  feeDue: number | null;
}

/** The booking behind a `visit.booked` or `visit.reminder` notice (its id is the notice's event id). */
export async function readVisitNotice(tx: Tx, tenantId: string, visitId: string): Promise<VisitNotice | undefined> {
  const rows = await tx
    .select({ visit: visits, dossier: applications })
    .from(visits)
    .innerJoin(applications, and(eq(applications.tenantId, visits.tenantId), eq(applications.id, visits.applicationId)))
    .where(and(eq(visits.tenantId, tenantId), eq(visits.id, visitId)))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const { visit, dossier } = row;
  const version = await findVersionById(tx, tenantId, dossier.procedureVersionId);
  const documents = version?.definition.cases.find((c) => c.key === dossier.caseKey)?.documents ?? [];
  const filedOnline = dossier.channel === 'online' || dossier.channel === 'zalo';
  const checklist = originalsChecklist(documents, await filedDocumentKeys(tx, tenantId, dossier.id), filedOnline);
  const fee = version ? visitFee(publishedFee(version.definition, dossier.channel), dossier) : null;
  return {
    startsAt: visit.startsAt,
    endsAt: visit.endsAt,
    live: visit.cancelledAt === null,
    place: placeOf(await listUnits(tx, tenantId), visit.unitId),
    bring: checklist.map((item) =>
      item.originals > 0
        ? `${item.name} (${String(item.originals)} bản chính)`
        : `${item.name} (bản chính để đối chiếu)`,
    ),
    feeDue: fee && !fee.paid && fee.amount > 0 ? fee.amount : null,
  };
}
