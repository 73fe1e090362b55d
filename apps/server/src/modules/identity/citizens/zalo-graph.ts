import { createHmac } from 'node:crypto';
import { AppError } from '../../../platform/errors.ts';

/** Zalo did not vouch for the tokens: unknown, expired, already used or issued to another app. */
export class ZaloTokenInvalidError extends AppError {
  constructor(zaloError: number) {
    super('AUTH.ZALO_TOKEN_INVALID', 'Zalo refused the Mini App tokens', { zaloError });
  }
}

/** No Zalo app is configured for the province, or Zalo did not answer in time. */
export class ZaloUnavailableError extends AppError {
  constructor(reason: string) {
    super('AUTH.ZALO_UNAVAILABLE', `Zalo sign-in is unavailable: ${reason}`);
  }
}

/** The province's Zalo app as the Mini App exchange needs it. */
export interface ZaloApp {
  appId: string;
  appSecret: string;
}

export interface ZaloProfile {
  /** The app-scoped user id (what the Mini App's `getUserInfo` calls `id`). */
  id: string;
  name: string;
}

/** Zalo's graph host as a Mini App back end uses it (`https://graph.zalo.me`). */
export interface ZaloGraph {
  me(accessToken: string, app: ZaloApp): Promise<ZaloProfile>;
  /** Exchanges a `getPhoneNumber()` token (single use, two minutes) for the number, `84…`. */
  phoneNumber(accessToken: string, phoneToken: string, app: ZaloApp): Promise<string>;
}

const TIMEOUT_MS = 5_000;

interface Envelope {
  error?: unknown;
  message?: unknown;
  data?: { number?: unknown };
  id?: unknown;
  name?: unknown;
}

/**
 * A client of Zalo's graph host. Application errors arrive with HTTP 200 and a non-zero `error`
 * (→ the tokens are refused); anything else that is not a clean answer means Zalo is unavailable.
 */
export function zaloGraphClient(baseUrl: () => string): ZaloGraph {
  async function call(path: string, headers: Record<string, string>): Promise<Envelope> {
    let response: Response;
    try {
      response = await fetch(`${baseUrl()}${path}`, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw new ZaloUnavailableError(error instanceof Error ? error.name : 'network error');
    }
    if (!response.ok) throw new ZaloUnavailableError(`HTTP ${String(response.status)}`);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ZaloUnavailableError('answer is not JSON');
    }
    if (typeof body !== 'object' || body === null) throw new ZaloUnavailableError('answer is not an object');
    const envelope = body as Envelope;
    if (typeof envelope.error === 'number' && envelope.error !== 0) throw new ZaloTokenInvalidError(envelope.error);
    return envelope;
  }

  return {
    async me(accessToken, app) {
      const proof = createHmac('sha256', app.appSecret).update(accessToken).digest('hex');
      const body = await call('/v2.0/me?fields=id,name,picture', { access_token: accessToken, appsecret_proof: proof });
      if (typeof body.id !== 'string' || body.id === '') throw new ZaloUnavailableError('profile without an id');
      return { id: body.id, name: typeof body.name === 'string' ? body.name.normalize('NFC') : '' };
    },
    async phoneNumber(accessToken, phoneToken, app) {
      const body = await call('/v2.0/me/info', {
        access_token: accessToken,
        code: phoneToken,
        secret_key: app.appSecret,
      });
      const number = body.data?.number;
      if (typeof number !== 'string') throw new ZaloUnavailableError('answer without a number');
      return number;
    },
  };
}
