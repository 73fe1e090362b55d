import { sameKey } from '../domain/lookup-key.ts';
import type { ApplicationLookup } from '@motcua/contracts';
import { statusLabel, statuses, type Status } from '@motcua/workflow';
import { withTx, type Database } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { findPublishedVersion } from '../../catalog/index.ts';
import { listUnits, type Tenant } from '../../tenants/index.ts';
import { ApplicationNotFoundError } from '../applications.errors.ts';
import { findByCode, listEvents } from '../applications.repo.ts';
import { maskName } from '../domain/dossier-code.ts';
import { isOverdue } from '../domain/overdue.ts';

function iso(date: Date | null): string | undefined {
  return date ? date.toISOString() : undefined;
}

/**
 * What the holder of a receipt sees. An unknown code and a wrong key give the same not-found
 * error, so codes cannot be probed; the applicant's name is masked.
 */
export async function lookupApplication(
  deps: { database: Database; clock: Clock },
  input: {
    tenant: Tenant;
    code: string;
    key: string;
    qrUrl?: (code: string, key: string) => Promise<string | undefined>;
  },
): Promise<ApplicationLookup> {
  const found = await withTx(deps.database, input.tenant.id, async (tx) => {
    const app = await findByCode(tx, input.tenant.id, input.code);
    if (!app || !sameKey(app.lookupKey, input.key)) return undefined;
    const units = new Map((await listUnits(tx, input.tenant.id)).map((u) => [u.id, u.name]));
    const events = await listEvents(tx, input.tenant.id, app.id);
    const version = await findPublishedVersion(tx, input.tenant.id, app.procedureCode);
    return { app, units, events, procedureName: version?.definition.name ?? app.procedureCode };
  });
  if (!found) throw new ApplicationNotFoundError();
  const { app, units, events } = found;
  const status = app.status as Status;
  let lastStatus: string | null = null;
  let lastUnit: string | null = null;
  const timeline = events.flatMap((e) => {
    const unitId = e.toUnitId ?? app.currentUnitId;
    const changed = e.toStatus !== lastStatus || unitId !== lastUnit;
    lastStatus = e.toStatus;
    lastUnit = unitId;
    if (!changed) return [];
    const s = e.toStatus as Status;
    return [
      {
        at: e.at.toISOString(),
        status: statuses[s].code,
        statusLabel: statusLabel(s),
        unit: units.get(unitId) ?? '',
        ...(e.reason && (s === 'refused' || s === 'stopped') ? { note: e.reason } : {}),
      },
    ];
  });
  const supplement = app.supplementRequest as { items?: string[]; note?: string } | null;
  const qrUrl = app.receivedAt && input.qrUrl ? await input.qrUrl(app.code, app.lookupKey) : undefined;
  return {
    code: app.code,
    procedure: { code: app.procedureCode, name: found.procedureName },
    status: statuses[status].code,
    statusLabel: statusLabel(status),
    applicantName: maskName(app.applicantName),
    channel: app.channel === 'zalo' ? 'online' : (app.channel as ApplicationLookup['channel']),
    currentUnit: units.get(app.currentUnitId) ?? '',
    submittedAt: app.submittedAt.toISOString(),
    receivedAt: iso(app.receivedAt),
    dueAt: iso(app.dueAt),
    rescheduledDueAt: iso(app.rescheduledDueAt),
    resultReadyAt: iso(app.resultReadyAt),
    returnedAt: iso(app.returnedAt),
    overdue: isOverdue(app, deps.clock.now()),
    timeline,
    ...(status === 'supplement_requested' && supplement?.items
      ? { supplementRequest: { items: supplement.items, ...(supplement.note ? { note: supplement.note } : {}) } }
      : {}),
    ...(app.feeAmount !== null ? { fee: { amount: app.feeAmount, paid: app.feePaidAt !== null } } : {}),
    ...(qrUrl ? { qrUrl } : {}),
  };
}
