import type { Action } from './actions.ts';
import type { CommandPayload } from './command.ts';
import type { DossierState } from './dossier-state.ts';

type Fields = Readonly<Record<string, unknown>>;
type PayloadCheck = (fields: Fields | undefined, state: DossierState, now: Date) => boolean;

function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isWholeAmount(value: unknown, minimum: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum;
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** Mẫu 02 (TT 01/2018/TT-VPCP) states everything missing "một lần": one complete, non-empty list. */
function checkSupplementItems(fields: Fields | undefined): boolean {
  const items = fields?.['items'];
  return Array.isArray(items) && items.length > 0 && items.every(isNonBlank);
}

function checkTransfer(fields: Fields | undefined, state: DossierState): boolean {
  const toUnitId = fields?.['toUnitId'];
  return isNonBlank(toUnitId) && toUnitId !== state.currentUnitId;
}

/** Mẫu 04 promises one new date, which must move the due date in force later, into the future. */
function checkReschedule(fields: Fields | undefined, state: DossierState, now: Date): boolean {
  const newDueAt = fields?.['newDueAt'];
  if (!isValidDate(newDueAt) || newDueAt.getTime() <= now.getTime()) return false;
  return state.dueAt === null || newDueAt.getTime() > state.dueAt.getTime();
}

function checkComplete(fields: Fields | undefined): boolean {
  const returnToUnitId = fields?.['returnToUnitId'];
  return returnToUnitId === undefined || isNonBlank(returnToUnitId);
}

function checkReturn(fields: Fields | undefined): boolean {
  return fields?.['originalsChecked'] === true && isWholeAmount(fields['feeCollected'], 0);
}

const checks: Readonly<Record<Action, PayloadCheck | null>> = {
  accept: null,
  refuse: null,
  request_supplement: checkSupplementItems,
  receive_supplement: null,
  start_processing: null,
  assign: (fields) => isNonBlank(fields?.['officerId']),
  transfer: checkTransfer,
  submit_for_approval: null,
  approve: null,
  request_payment: (fields) => isWholeAmount(fields?.['amount'], 1),
  confirm_payment: null,
  reschedule: checkReschedule,
  complete: checkComplete,
  return_result: checkReturn,
  stop: null,
  withdraw: null,
};

/** Whether the action takes a payload at all (required or optional). */
export function takesPayload(action: Action): boolean {
  return checks[action] !== null;
}

/**
 * Whether a command's payload is valid for its action on this dossier. Commands arrive from the
 * network, so the shape is checked at run time whatever the static type says. Actions that take no
 * payload ignore one.
 */
export function payloadIsValid(
  action: Action,
  payload: CommandPayload | undefined,
  state: DossierState,
  now: Date,
): boolean {
  const check = checks[action];
  if (check === null) return true;
  const fields: Fields | undefined = typeof payload === 'object' ? payload : undefined;
  return check(fields, state, now);
}
