import type { MessageKey } from '../i18n/translate.ts';
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
