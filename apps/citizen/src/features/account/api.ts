import type { IdentityTokens } from '../../platform/platform.ts';
import { apiUrl, getJson, sendJson } from '../../lib/http.ts';

/** The signed-in citizen as the server knows them. */
export interface CitizenProfile {
  phone: string;
  name?: string;
}

export interface OtpSent {
  expiresAt: string;
  /** Only in demo mode: the code, since no SMS is sent. */
  devCode?: string;
}

/** A dossier filed with the signed-in citizen's phone number. */
export interface MyApplication {
  code: string;
  key: string;
  procedure: { code: string; name: string };
  status: number;
  statusLabel: string;
  submittedAt: string;
  dueAt?: string | null;
}

/** `POST /citizen/otp`: texts a one-time code to the phone. */
export function requestOtp(phone: string): Promise<OtpSent> {
  return sendJson<OtpSent>('POST', apiUrl('/citizen/otp'), { body: { phone } });
}

/** `POST /citizen/session`: the code for a session (httpOnly cookie). */
export function createSession(phone: string, code: string): Promise<CitizenProfile> {
  return sendJson<CitizenProfile>('POST', apiUrl('/citizen/session'), { body: { phone, code } });
}

/** A session opened inside Zalo: the profile and the bearer token the Mini App sends from then on. */
export interface ZaloSession extends CitizenProfile {
  token: string;
  expiresAt: string;
}

/** `POST /citizen/zalo-session`: Zalo's tokens, exchanged by the server, for a bearer session. */
export function createZaloSession(tokens: IdentityTokens): Promise<ZaloSession> {
  return sendJson<ZaloSession>('POST', apiUrl('/citizen/zalo-session'), { body: tokens });
}

export async function deleteSession(): Promise<void> {
  await sendJson<undefined>('DELETE', apiUrl('/citizen/session'));
}

/** `GET /citizen/applications`: dossiers filed with the signed-in phone number. */
export function listMyApplications(signal?: AbortSignal): Promise<{ items: MyApplication[] }> {
  return getJson<{ items: MyApplication[] }>(apiUrl('/citizen/applications'), signal);
}
