import type { OfficerSession } from '@motcua/contracts';
import { apiUrl } from '../../config.ts';
import { ApiError, requestJson } from '../../lib/http.ts';

export type { OfficerSession };

export interface LoginRequest {
  username: string;
  password: string;
  /** Six digits from the officer's authenticator app, when 2FA is on. */
  totp?: string;
}

/** `POST /auth/login`: the session travels in an httpOnly cookie; the body names the officer and the CSRF token. */
export function login(request: LoginRequest): Promise<OfficerSession> {
  return requestJson<OfficerSession>(apiUrl('/auth/login'), { method: 'POST', body: request });
}

/** `POST /auth/logout` */
export function logout(): Promise<void> {
  return requestJson<undefined>(apiUrl('/auth/logout'), { method: 'POST' });
}

/**
 * `GET /auth/me`: the signed-in officer, or null when there is no live session (401) or the server
 * has no sign-in at all (404). Other failures throw, so a server outage is not mistaken for a sign-out.
 */
export async function getSession(signal?: AbortSignal): Promise<OfficerSession | null> {
  try {
    return await requestJson<OfficerSession>(apiUrl('/auth/me'), { signal });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}
