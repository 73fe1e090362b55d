/**
 * Notification intents a transition produces for the citizen. They are keys, not texts: the
 * notifications module renders each one per channel and language when it sends.
 */
export const noticeKeys = [
  'application.received',
  'application.accepted',
  'application.refused',
  'application.supplement_requested',
  'application.payment_requested',
  'application.transferred',
  'application.rescheduled',
  'application.result_ready',
  'application.returned',
  'application.withdrawal_confirmed',
  'application.stopped',
] as const;

/** A citizen notification intent key. */
export type NoticeKey = (typeof noticeKeys)[number];
