import { statusOfCode, statuses, transitionTable } from '@motcua/workflow';
import type { Lang } from '../../i18n/translate.ts';

/** The status in the app's language: the server's Vietnamese label, or the workflow's English one. */
export function statusText(code: number, serverLabel: string, lang: Lang): string {
  if (lang === 'vi') return serverLabel;
  const status = statusOfCode(code);
  return status ? statuses[status].en : serverLabel;
}

/** Whether the citizen may ask to withdraw the dossier in this status (the shared workflow table). */
export function canWithdraw(code: number): boolean {
  const status = statusOfCode(code);
  return status !== undefined && transitionTable[status].withdraw !== null;
}

export const STATUS = {
  submitted: statuses.submitted.code,
  accepted: statuses.accepted.code,
  supplementRequested: statuses.supplement_requested.code,
  paymentRequested: statuses.payment_requested.code,
  resultReady: statuses.result_ready.code,
  returned: statuses.returned.code,
  refused: statuses.refused.code,
  stopped: statuses.stopped.code,
} as const;
