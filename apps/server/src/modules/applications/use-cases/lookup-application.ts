import { sameKey } from '../domain/lookup-key.ts';
import type { ApplicationLookup } from '@motcua/contracts';
import { statusLabel, statuses, type Status } from '@motcua/workflow';
import type { Database } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { Tenant } from '../../tenants/index.ts';
import { ApplicationNotFoundError } from '../applications.errors.ts';
import { maskName } from '../domain/dossier-code.ts';
import { isOverdue } from '../domain/overdue.ts';

/** What `motcua_public_lookup` (migration 0004) returns: timestamps as ISO strings. */
interface LookupRow {
  code: string;
  lookupKey: string;
  procedureCode: string;
  procedureName: string;
  status: Status;
  applicantName: string;
  channel: string;
  currentUnit: string;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  rescheduledDueAt: string | null;
  resultReadyAt: string | null;
  returnedAt: string | null;
  endedAt: string | null;
  pausedAt: string | null;
  supplementRequest: { items?: string[]; note?: string } | null;
  feeAmount: number | null;
  feePaidAt: string | null;
  events: { at: string; toStatus: Status; unit: string | null; reason: string | null }[];
}

const date = (value: string | null): Date | null => (value === null ? null : new Date(value));
const iso = (value: string | null): string | undefined => (value === null ? undefined : new Date(value).toISOString());

/**
 * What the holder of a receipt sees. An unknown code and a wrong key give the same not-found
 * error, so codes cannot be probed; the applicant's name is masked. One statement reads it all
 * (the public look-up is the hottest route); the procedure name is the pinned version's.
 */
export async function lookupApplication(
  deps: { database: Database; clock: Clock },
  input: {
    tenant: Tenant;
    code: string;
    key: string;
    qrUrl?: (code: string, key: string, issuedAt: Date) => Promise<string | undefined>;
  },
): Promise<ApplicationLookup> {
  const app = await readLookupRow(deps.database, input.tenant.id, input.code);
  if (!app || !sameKey(app.lookupKey, input.key)) throw new ApplicationNotFoundError();
  return lookupView(app, deps.clock.now(), input.qrUrl);
}

/**
 * The same view of any dossier of the province, without its look-up key: for a reader the province
 * trusts with all its dossiers (an integrator's `applications:read` key). The name stays masked.
 */
export async function readApplicationView(
  deps: { database: Database; clock: Clock },
  input: { tenant: Tenant; code: string },
): Promise<ApplicationLookup> {
  const app = await readLookupRow(deps.database, input.tenant.id, input.code);
  if (!app) throw new ApplicationNotFoundError();
  return lookupView(app, deps.clock.now(), undefined);
}

async function readLookupRow(database: Database, tenantId: string, code: string): Promise<LookupRow | null> {
  const result = await database.pool.query<{ found: LookupRow | null }>({
    name: 'motcua_public_lookup',
    text: 'select motcua_public_lookup($1, $2) as found',
    values: [tenantId, code],
  });
  return result.rows[0]?.found ?? null;
}

async function lookupView(
  app: LookupRow,
  now: Date,
  qrUrlOf: ((code: string, key: string, issuedAt: Date) => Promise<string | undefined>) | undefined,
): Promise<ApplicationLookup> {
  const status = app.status;
  let lastStatus: string | null = null;
  let lastUnit: string | null = null;
  const timeline = app.events.flatMap((e) => {
    const unit = e.unit ?? '';
    const changed = e.toStatus !== lastStatus || unit !== lastUnit;
    lastStatus = e.toStatus;
    lastUnit = unit;
    if (!changed) return [];
    return [
      {
        at: new Date(e.at).toISOString(),
        status: statuses[e.toStatus].code,
        statusLabel: statusLabel(e.toStatus),
        unit,
        ...(e.reason && (e.toStatus === 'refused' || e.toStatus === 'stopped') ? { note: e.reason } : {}),
      },
    ];
  });
  const supplement = app.supplementRequest;
  // The same token as the printed receipt's QR: issued at acceptance.
  const qrUrl =
    app.receivedAt && qrUrlOf ? await qrUrlOf(app.code, app.lookupKey, new Date(app.receivedAt)) : undefined;
  const facts = {
    dueAt: date(app.dueAt),
    rescheduledDueAt: date(app.rescheduledDueAt),
    pausedAt: date(app.pausedAt),
    endedAt: date(app.endedAt),
  };
  return {
    code: app.code,
    procedure: { code: app.procedureCode, name: app.procedureName },
    status: statuses[status].code,
    statusLabel: statusLabel(status),
    applicantName: maskName(app.applicantName),
    channel: app.channel === 'zalo' ? 'online' : (app.channel as ApplicationLookup['channel']),
    currentUnit: app.currentUnit,
    submittedAt: new Date(app.submittedAt).toISOString(),
    receivedAt: iso(app.receivedAt),
    dueAt: iso(app.dueAt),
    rescheduledDueAt: iso(app.rescheduledDueAt),
    resultReadyAt: iso(app.resultReadyAt),
    returnedAt: iso(app.returnedAt),
    overdue: isOverdue(facts, now),
    timeline,
    ...(status === 'supplement_requested' && supplement?.items
      ? { supplementRequest: { items: supplement.items, ...(supplement.note ? { note: supplement.note } : {}) } }
      : {}),
    ...(app.feeAmount !== null ? { fee: { amount: app.feeAmount, paid: app.feePaidAt !== null } } : {}),
    ...(qrUrl ? { qrUrl } : {}),
  };
}
