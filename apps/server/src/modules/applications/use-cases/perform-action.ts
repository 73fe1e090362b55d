import { decide, ruleFor, type Action, type Actor, type Transition } from '@motcua/workflow';
import type { Clock } from '../../../platform/clock.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { idempotent } from '../../../platform/idempotency.ts';
import { writeAllAndEnqueue, type WriteStep } from '../../../platform/jobs/enqueue.ts';
import { declareDocuments } from '../../attachments/index.ts';
import { findVersionById } from '../../catalog/index.ts';
import { getWorkingCalendar, listUnits, toLocalDate, type Tenant } from '../../tenants/index.ts';
import { ApplicationNotFoundError, StaleRevisionError, TransitionRejectedError } from '../applications.errors.ts';
import { actingRole } from '../domain/acting-role.ts';
import { sameKey } from '../domain/lookup-key.ts';
import { APPLICATION_MAX_BYTES, checkUploads } from './check-uploads.ts';
import {
  applicationUpdate,
  handoffInsert,
  insertDocuments,
  intentInsert,
  lockByCode,
  type ApplicationRow,
} from '../applications.repo.ts';
import { dueDate, limitForChannel, resumeDueDate } from '../sla.ts';
import { eventStep } from './publish-event.ts';
import { applicationState, dossierStateOf, type ApplicationState } from './application-state.ts';

export interface ActionInput {
  tenant: Tenant;
  code: string;
  action: Action;
  actor: Actor;
  reason?: string;
  payload?: Record<string, unknown>;
  /** The revision the officer saw; a different current revision means someone acted first (409). */
  expectedRevision?: number;
  idempotencyKey?: string;
  requestId: string;
  /** For a citizen's supplement: the documents it brings, filed in the same transaction. */
  documents?: readonly { documentKey: string; uploadId: string }[];
  /** For a citizen holding the receipt: the look-up key, checked under the row lock. */
  lookupKey?: string;
}

/** The payload as the workflow expects it (dates arrive as ISO strings over the wire). */
function commandPayload(
  action: Action,
  payload: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!payload) return undefined;
  if (action === 'reschedule' && typeof payload['newDueAt'] === 'string')
    return { ...payload, newDueAt: new Date(payload['newDueAt']) };
  return payload;
}

async function calendarFor(tx: Tx, tenantId: string, from: Date): ReturnType<typeof getWorkingCalendar> {
  const start = toLocalDate(from);
  const end = `${String(Number(start.slice(0, 4)) + 3)}${start.slice(4)}`;
  return getWorkingCalendar(tx, tenantId, start, end);
}

async function fileSupplementDocuments(
  tx: Tx,
  row: ApplicationRow,
  documents: readonly { documentKey: string; uploadId: string }[],
): Promise<void> {
  await checkUploads(
    tx,
    row.tenantId,
    documents.map((d) => d.uploadId),
    APPLICATION_MAX_BYTES,
  );
  await insertDocuments(tx, row.tenantId, row.id, documents, true);
  await declareDocuments(tx, row.tenantId, row.procedureCode, documents);
}

/**
 * The citizen notice and its delivery job (at `runAt` for a reminder), as one step of a combined
 * write. The delivery id is created once here and travels with every retry.
 */
export function noticeStep(
  tx: Tx,
  tenantId: string,
  applicationId: string,
  eventId: string,
  intent: string,
  options: { runAt?: Date } = {},
): WriteStep {
  const deliveryId = newId();
  return {
    write: intentInsert(tx, { tenantId, deliveryId, applicationId, eventId, intent }),
    job: {
      identifier: 'notifications:deliver',
      payload: { tenantId, deliveryId },
      options: { jobKey: `delivery:${deliveryId}`, ...(options.runAt ? { runAt: options.runAt } : {}) },
    },
  };
}

/** Records the citizen notice and enqueues its delivery in the caller's transaction (`noticeStep`'s arguments). */
export async function recordNotice(...args: Parameters<typeof noticeStep>): Promise<void> {
  await writeAllAndEnqueue(args[0], [noticeStep(...args)]);
}

/** The projection changes an accepted transition makes, beyond the status itself. */
async function effects(
  tx: Tx,
  row: ApplicationRow,
  input: ActionInput,
  t: Transition,
  now: Date,
): Promise<Partial<ApplicationRow>> {
  const p = commandPayload(input.action, input.payload) ?? {};
  const patch: Partial<ApplicationRow> = {};
  if (t.endsProcessing) patch.endedAt = now;
  if (t.transfer) patch.currentUnitId = t.transfer.toUnitId;
  switch (input.action) {
    case 'accept': {
      const version = await findVersionById(tx, row.tenantId, row.procedureVersionId);
      if (!version) throw new Error('pinned procedure version is missing');
      const limit = limitForChannel(version.definition.channels, row.channel, version.definition.processingTime);
      patch.receivedAt = now;
      patch.dueAt = dueDate(await calendarFor(tx, row.tenantId, now), now, limit);
      break;
    }
    case 'refuse':
    case 'stop':
      patch.decisionReason = input.reason ?? null;
      break;
    case 'request_supplement':
      patch.supplementCount = row.supplementCount + 1;
      patch.supplementRequest = { items: p['items'], ...(input.reason ? { note: input.reason } : {}) };
      if (t.clock === 'pause') patch.pausedAt = now;
      break;
    case 'receive_supplement':
      if (t.clock === 'resume' && row.pausedAt && row.dueAt) {
        const moved = resumeDueDate(await calendarFor(tx, row.tenantId, row.pausedAt), row.dueAt, row.pausedAt, now);
        patch.dueAt = moved.due;
        patch.pausedMinutes = row.pausedMinutes + moved.pausedMinutes;
      }
      patch.pausedAt = null;
      break;
    case 'assign':
      patch.assigneeId = typeof p['officerId'] === 'string' ? p['officerId'] : null;
      break;
    case 'request_payment':
      patch.feeAmount = typeof p['amount'] === 'number' ? p['amount'] : null;
      break;
    case 'confirm_payment':
      patch.feePaidAt = now;
      break;
    case 'reschedule':
      patch.rescheduledDueAt = p['newDueAt'] instanceof Date ? p['newDueAt'] : null;
      patch.rescheduleReason = input.reason ?? null;
      break;
    case 'complete':
      patch.resultReadyAt = now;
      patch.currentUnitId = typeof p['returnToUnitId'] === 'string' ? p['returnToUnitId'] : row.unitId;
      break;
    case 'return_result':
      patch.returnedAt = now;
      if (typeof p['feeCollected'] === 'number' && p['feeCollected'] > 0) {
        patch.feeAmount = p['feeCollected'];
        patch.feePaidAt = now;
      }
      break;
    case 'start_processing':
    case 'transfer':
    case 'submit_for_approval':
    case 'approve':
    case 'withdraw':
      break;
  }
  return patch;
}

/**
 * Applies one workflow action to a dossier in one transaction: lock the row, let the shared status
 * machine decide, update the projection, append the event (and the hand-off on a transfer), and
 * record the citizen notice. A second officer acting at the same moment waits for the lock and then
 * gets 409 if the first action made theirs impossible.
 */
export async function performAction(
  deps: { database: Database; clock: Clock },
  input: ActionInput,
): Promise<ApplicationState> {
  const scope = `applications.action:${input.code}:${input.action}`;
  const request = { reason: input.reason, payload: input.payload, revision: input.expectedRevision };
  const result = await withTx(deps.database, input.tenant.id, (tx) =>
    idempotent(tx, input.tenant.id, scope, input.idempotencyKey, request, async () => ({
      status: 200,
      body: await performActionInTx(tx, deps.clock.now(), input),
    })),
  );
  return result.body;
}

/** The transition itself, inside the caller's transaction (counter intake files and accepts in one). */
export async function performActionInTx(tx: Tx, now: Date, input: ActionInput): Promise<ApplicationState> {
  const row = await lockByCode(tx, input.tenant.id, input.code);
  if (!row) throw new ApplicationNotFoundError();
  if (input.lookupKey !== undefined && !sameKey(row.lookupKey, input.lookupKey)) throw new ApplicationNotFoundError();
  if (input.expectedRevision !== undefined && input.expectedRevision !== row.revision) throw new StaleRevisionError();
  const payload = commandPayload(input.action, input.payload);
  const state = dossierStateOf(row);
  const decision = decide(state, {
    action: input.action,
    actor: input.actor,
    now,
    ...(input.reason ? { reason: input.reason } : {}),
    ...(payload ? { payload } : {}),
  });
  if (!decision.ok) throw new TransitionRejectedError(decision.reason, input.action);
  if (decision.transfer) {
    const units = await listUnits(tx, input.tenant.id);
    if (!units.some((u) => u.id === decision.transfer?.toUnitId))
      throw new TransitionRejectedError('PAYLOAD_INVALID', input.action);
  }
  if (input.documents && input.documents.length > 0) await fileSupplementDocuments(tx, row, input.documents);
  const patch = await effects(tx, row, input, decision, now);
  const changes: Partial<ApplicationRow> = {
    ...patch,
    status: decision.to.status,
    subStatus: decision.to.subStatus,
    updatedAt: now,
  };
  const updated: ApplicationRow = { ...row, ...changes, revision: row.revision + 1 };
  const eventId = newId();
  const officerId = input.actor.kind === 'officer' ? input.actor.officerId : null;
  // The projection, the event, the hand-off and the notice with their jobs: one statement.
  const steps: WriteStep[] = [
    { write: applicationUpdate(tx, row, changes) },
    eventStep(tx, {
      tenantId: row.tenantId,
      id: eventId,
      applicationId: row.id,
      at: now,
      actorType: input.actor.kind,
      actorId: officerId,
      role: actingRole(input.actor, row.currentUnitId, ruleFor(state, input.action)?.by.officer),
      action: input.action,
      fromStatus: row.status,
      toStatus: decision.to.status,
      fromUnitId: row.currentUnitId,
      toUnitId: updated.currentUnitId,
      reason: input.reason ?? null,
      payload: input.payload ?? {},
      requestId: input.requestId,
      idempotencyKey: input.idempotencyKey ?? null,
    }),
  ];
  if (updated.currentUnitId !== row.currentUnitId) {
    steps.push({
      write: handoffInsert(tx, {
        tenantId: row.tenantId,
        id: newId(),
        applicationId: row.id,
        fromUnitId: row.currentUnitId,
        toUnitId: updated.currentUnitId,
        fromOfficerId: officerId,
        handedAt: now,
        stepDeadline: updated.rescheduledDueAt ?? updated.dueAt,
      }),
    });
  }
  if (decision.notice) steps.push(noticeStep(tx, row.tenantId, row.id, eventId, decision.notice));
  const [changed] = await writeAllAndEnqueue(tx, steps);
  if (changed !== 1) throw new Error('dossier changed under its lock');
  return applicationState(updated, now);
}
