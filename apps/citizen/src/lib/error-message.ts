import { errorCatalog, isErrorCode } from '@motcua/contracts';
import { translate, type Lang, type MessageKey } from '../i18n/translate.ts';
import { ApiError } from './http.ts';

/**
 * What to tell a citizen about a failed request. Server texts are not shown as they are: they may
 * be technical or in English; the codes that need their own words get a key here.
 */
export function errorMessageKey(error: unknown): MessageKey {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return 'error.network';
    if (error.status === 404) return 'procedure.notFound';
  }
  return 'error.server';
}

/** Codes the shared catalogue may not have yet (citizens' sign-in), worded here meanwhile. */
const ownCodes: Readonly<Record<string, MessageKey>> = {
  'AUTH.OTP_INVALID': 'error.otpInvalid',
  'AUTH.OTP_THROTTLED': 'error.tooMany',
};

function byStatus(status: number): MessageKey {
  if (status === 0) return 'error.network';
  if (status === 401) return 'error.signInAgain';
  if (status === 404) return 'error.notFound';
  if (status === 409) return 'error.conflict';
  if (status === 429) return 'error.tooMany';
  if (status >= 500) return 'error.server';
  return 'error.invalid';
}

/**
 * A sentence that says what went wrong and what to do, in the app's language: the catalogue's
 * words for known codes (`packages/contracts` errors), the server's own Vietnamese detail for
 * other 4xx answers, else a message by status.
 */
export function errorText(error: unknown, lang: Lang): string {
  if (!(error instanceof ApiError)) return translate(lang, 'error.server');
  if (error.isNetworkError) return translate(lang, 'error.network');
  const code = error.problem.code ?? '';
  if (isErrorCode(code) && code !== 'INTERNAL') return errorCatalog[code][lang];
  const own = ownCodes[code];
  if (own) return translate(lang, own);
  if (lang === 'vi' && error.status < 500 && error.problem.detail) return error.problem.detail;
  return translate(lang, byStatus(error.status));
}

/** The code of a problem answer, if any. */
export function problemCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.problem.code : undefined;
}
