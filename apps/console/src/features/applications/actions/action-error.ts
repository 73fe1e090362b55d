import type { MessageKey } from '../../../i18n/translate.ts';
import { ApiError, type FieldProblem } from '../../../lib/http.ts';

export interface ActionErrorView {
  message: MessageKey;
  /** The dossier changed under the officer: the fix is to reload it, not to retry. */
  conflict: boolean;
  /** The server's own words, when it sent some. */
  detail?: string;
  fields: FieldProblem[];
}

const byCode: Readonly<Record<string, { message: MessageKey; conflict: boolean }>> = {
  'APPLICATION.TRANSITION_NOT_ALLOWED': { message: 'action.error.conflict', conflict: true },
  'APPLICATION.ALREADY_RESCHEDULED': { message: 'action.error.alreadyRescheduled', conflict: true },
  'APPLICATION.RESCHEDULE_TOO_LATE': { message: 'action.error.rescheduleTooLate', conflict: false },
  'APPLICATION.FORBIDDEN': { message: 'action.error.forbidden', conflict: false },
  'AUTH.FORBIDDEN': { message: 'action.error.forbidden', conflict: false },
  'APPLICATION.REASON_REQUIRED': { message: 'action.error.reasonRequired', conflict: false },
  'APPLICATION.PAYLOAD_INVALID': { message: 'action.error.payloadInvalid', conflict: false },
  'AUTH.CSRF': { message: 'action.error.csrf', conflict: false },
  'APPLICATION.NOT_FOUND': { message: 'error.notFound', conflict: false },
};

/** What to tell an officer whose action failed, and whether reloading the dossier is the way out. */
export function describeActionError(error: unknown): ActionErrorView {
  if (!(error instanceof ApiError)) return { message: 'error.server', conflict: false, fields: [] };
  if (error.isNetworkError) return { message: 'error.network', conflict: false, fields: [] };
  const known = error.problem.code === undefined ? undefined : byCode[error.problem.code];
  const fallback =
    error.status === 409
      ? { message: 'action.error.conflict' as const, conflict: true }
      : { message: 'error.server' as const, conflict: false };
  const { message, conflict } = known ?? fallback;
  const detail = error.problem.detail;
  return {
    message,
    conflict,
    fields: error.problem.errors ?? [],
    ...(detail !== undefined && detail !== '' && { detail }),
  };
}
