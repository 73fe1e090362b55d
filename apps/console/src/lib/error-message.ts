import type { MessageKey, Translate } from '../i18n/translate.ts';
import { ApiError } from './http.ts';

/** What to tell an officer about a failed read; screens with their own codes map those first. */
export function errorMessageKey(error: unknown): MessageKey {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return 'error.network';
    if (error.status === 404) return 'error.notFound';
  }
  return 'error.server';
}

/**
 * What to tell an officer about a refused write: the server's own explanation (its problem
 * `detail`, written for people and saying what to do next) for a client error, ours otherwise.
 */
export function problemText(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.problem.detail) {
    return error.problem.detail;
  }
  return t(errorMessageKey(error));
}
