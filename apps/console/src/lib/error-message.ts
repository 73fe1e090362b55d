import type { MessageKey } from '../i18n/translate.ts';
import { ApiError } from './http.ts';

/** What to tell an officer about a failed read; screens with their own codes map those first. */
export function errorMessageKey(error: unknown): MessageKey {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return 'error.network';
    if (error.status === 404) return 'error.notFound';
  }
  return 'error.server';
}
