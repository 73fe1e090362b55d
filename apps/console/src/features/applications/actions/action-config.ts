import type { Action } from '@motcua/workflow';
import type { MessageKey } from '../../../i18n/translate.ts';
import type { FormKind } from '../types.ts';

/** The details an action asks for, beyond a reason. */
export type ActionField =
  'supplementItems' | 'targetUnit' | 'assignee' | 'amount' | 'newDueDate' | 'returnUnit' | 'returnChecks';

export interface ActionSpec {
  /** `required`: printed on the citizen's form (Mẫu 02, 03, 04, stop notice); `optional`: an internal note. */
  reason: 'required' | 'optional';
  reasonLabel: MessageKey;
  fields: readonly ActionField[];
  /** Ends or refuses the dossier: shown as a danger button. */
  danger?: true;
  /** The form the action issues, offered for printing once it is done. */
  issues?: FormKind;
}

/** Every action an officer can take from the console (the citizen's `withdraw` is not one). */
export type OfficerAction = Exclude<Action, 'withdraw'>;

export const actionSpecs: Record<OfficerAction, ActionSpec> = {
  accept: { reason: 'optional', reasonLabel: 'action.note', fields: [], issues: 'receipt' },
  refuse: { reason: 'required', reasonLabel: 'action.reason.refuse', fields: [], danger: true, issues: 'refusal' },
  request_supplement: {
    reason: 'required',
    reasonLabel: 'action.reason.supplement',
    fields: ['supplementItems'],
    issues: 'supplement-request',
  },
  receive_supplement: { reason: 'optional', reasonLabel: 'action.note', fields: [] },
  start_processing: { reason: 'optional', reasonLabel: 'action.note', fields: [] },
  assign: { reason: 'optional', reasonLabel: 'action.note', fields: ['assignee'] },
  transfer: { reason: 'optional', reasonLabel: 'action.note', fields: ['targetUnit'] },
  submit_for_approval: { reason: 'optional', reasonLabel: 'action.note', fields: [] },
  approve: { reason: 'optional', reasonLabel: 'action.note', fields: [] },
  request_payment: { reason: 'optional', reasonLabel: 'action.note', fields: ['amount'] },
  confirm_payment: { reason: 'optional', reasonLabel: 'action.note', fields: [] },
  reschedule: {
    reason: 'required',
    reasonLabel: 'action.reason.reschedule',
    fields: ['newDueDate'],
    issues: 'apology',
  },
  complete: { reason: 'optional', reasonLabel: 'action.note', fields: ['returnUnit'] },
  return_result: { reason: 'optional', reasonLabel: 'action.note', fields: ['returnChecks'] },
  stop: { reason: 'required', reasonLabel: 'action.reason.stop', fields: [], danger: true },
};

export function isOfficerAction(action: Action): action is OfficerAction {
  return action !== 'withdraw';
}
