import type { WebhookEventType } from '@motcua/contracts';
import { statuses, statusLabel, type Action, type Status } from '@motcua/workflow';

/** The workflow step of a recorded dossier event: `submit` (filing) or a workflow action. */
export type EventAction = Action | 'submit';

/**
 * The webhook event each workflow step raises. Steps inside processing that change neither the
 * status nor the unit nor a date the citizen was given (assign, submit for approval, approve) raise
 * none: the national portal and the citizen see nothing new.
 */
const eventTypes: Record<EventAction, WebhookEventType | undefined> = {
  submit: 'application.submitted',
  accept: 'application.accepted',
  refuse: 'application.refused',
  request_supplement: 'application.supplement_requested',
  receive_supplement: 'application.supplement_received',
  start_processing: 'application.processing',
  assign: undefined,
  transfer: 'application.transferred',
  submit_for_approval: undefined,
  approve: undefined,
  request_payment: 'application.payment_requested',
  confirm_payment: 'application.payment_confirmed',
  reschedule: 'application.rescheduled',
  complete: 'application.result_ready',
  return_result: 'application.returned',
  stop: 'application.stopped',
  withdraw: 'application.withdrawn',
};

function isEventAction(action: string): action is EventAction {
  return Object.hasOwn(eventTypes, action);
}

/** The webhook event of a recorded step, or undefined when the step raises none. */
export function webhookEventOf(action: string): WebhookEventType | undefined {
  return isEventAction(action) ? eventTypes[action] : undefined;
}

/** The national portal's status code (`TrangThaiHoSo`, 1–10) of a status, and its label. */
export function nationalStatus(status: Status): { code: number; label: string } {
  return { code: statuses[status].code, label: statusLabel(status) };
}

/** The national portal's channel code (`KenhThucHien`): 1 at the desk, 2 online (web or Zalo), 3 by post. */
export function nationalChannel(channel: string): number {
  if (channel === 'counter') return 1;
  if (channel === 'postal') return 3;
  return 2;
}
