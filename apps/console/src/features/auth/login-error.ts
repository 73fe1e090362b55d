import type { MessageKey } from '../../i18n/translate.ts';
import { ApiError } from '../../lib/http.ts';

/** Problem codes the login route may answer with, and what an officer should read. */
const byCode: Readonly<Record<string, MessageKey>> = {
  'AUTH.INVALID_CREDENTIALS': 'login.error.invalidCredentials',
  'AUTH.TOTP_REQUIRED': 'login.error.totpRequired',
  'AUTH.TOTP_INVALID': 'login.error.totpInvalid',
  'AUTH.LOCKED': 'login.error.locked',
  'AUTH.RATE_LIMITED': 'login.error.locked',
};

function byStatus(status: number): MessageKey {
  if (status === 0) return 'error.network';
  if (status === 401) return 'login.error.invalidCredentials';
  if (status === 404 || status === 405 || status === 501) return 'login.error.unavailable';
  if (status === 429) return 'login.error.locked';
  return 'error.server';
}

export interface LoginErrorView {
  message: MessageKey;
  /** The server's own explanation (problem `detail`), shown under ours when it adds something. */
  detail?: string;
}

export function describeLoginError(error: unknown): LoginErrorView {
  if (!(error instanceof ApiError)) return { message: 'error.server' };
  const code = error.problem.code;
  const message = (code !== undefined ? byCode[code] : undefined) ?? byStatus(error.status);
  const detail = error.problem.detail;
  return detail === undefined || detail === '' ? { message } : { message, detail };
}
