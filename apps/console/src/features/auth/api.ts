import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';

export interface LoginRequest {
  username: string;
  password: string;
  /** Six digits from the officer's authenticator app, when 2FA is on. */
  totp?: string;
}

/** The session itself travels in an httpOnly cookie; the body only describes the officer. */
export interface LoginResponse {
  officer?: { id: string; name: string; roles?: string[] };
}

/** `POST /auth/login` */
export function login(request: LoginRequest): Promise<LoginResponse> {
  return requestJson<LoginResponse>(apiUrl('/auth/login'), { method: 'POST', body: request });
}
