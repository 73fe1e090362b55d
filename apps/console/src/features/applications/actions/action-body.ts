import type { ActionBody, JsonObject } from '../types.ts';
import { actionSpecs, type OfficerAction } from './action-config.ts';

/** What the action forms collect; each action reads only its own fields. */
export interface ActionFormValues {
  reason?: string;
  /** Names of the case's documents ticked as missing. */
  supplementDocuments?: readonly string[];
  /** Other missing items, typed by the officer. */
  supplementOther?: readonly string[];
  toUnitId?: string;
  officerId?: string;
  amount?: number | null;
  /** The new due day (`YYYY-MM-DD`) promised on Mẫu 04. */
  newDueDay?: string;
  returnToUnitId?: string;
  originalsChecked?: boolean;
  feeCollected?: number | null;
}

/** End of the office day in Vietnam: a new date is promised for the close of that day. */
const CLOSE_OF_DAY = 'T17:00:00+07:00';

/** Mẫu 02 lists everything missing at once: ticked documents, then other items, each once. */
export function supplementItems(values: ActionFormValues): string[] {
  const all = [...(values.supplementDocuments ?? []), ...(values.supplementOther ?? [])].map((item) => item.trim());
  return [...new Set(all.filter((item) => item !== ''))];
}

function payloadFor(action: OfficerAction, values: ActionFormValues): JsonObject | undefined {
  switch (action) {
    case 'request_supplement':
      return { items: supplementItems(values) };
    case 'transfer':
      return { toUnitId: values.toUnitId ?? '' };
    case 'assign':
      return { officerId: values.officerId ?? '' };
    case 'request_payment':
      return { amount: Math.round(values.amount ?? 0) };
    case 'reschedule':
      return { newDueAt: values.newDueDay ? `${values.newDueDay}${CLOSE_OF_DAY}` : '' };
    case 'complete':
      return values.returnToUnitId ? { returnToUnitId: values.returnToUnitId } : undefined;
    case 'return_result':
      return { originalsChecked: values.originalsChecked === true, feeCollected: Math.round(values.feeCollected ?? 0) };
    case 'accept':
    case 'refuse':
    case 'receive_supplement':
    case 'start_processing':
    case 'submit_for_approval':
    case 'approve':
    case 'confirm_payment':
    case 'stop':
      return undefined;
  }
}

/**
 * The body of `POST …/actions/{action}`: the reason (trimmed, left out when blank), the action's
 * payload, and the revision the officer saw, so that a dossier changed meanwhile answers 409.
 */
export function actionBody(action: OfficerAction, values: ActionFormValues, revision: number): ActionBody {
  const reason = values.reason?.trim() ?? '';
  const payload = payloadFor(action, values);
  const spec = actionSpecs[action];
  return {
    ...(reason !== '' && { reason }),
    ...(payload !== undefined && spec.fields.length > 0 && { payload }),
    revision,
  };
}
