import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ZaloCode } from './envelope.ts';
import { opaqueToken } from './ids.ts';
import type { ZaloSimOptions } from './options.ts';

/** The pair `/v4/oa/access_token` hands out (§2, §12.7): `expires_in` is a string of seconds. */
export interface TokenPair {
  access_token: string;
  refresh_token: string;
  expires_in: string;
}

interface Grant {
  expiresAt: number;
}

interface AuthCode extends Grant {
  codeChallenge: string;
}

export type RefreshOutcome = TokenPair | 'unknown' | 'expired';
export type CodeOutcome = TokenPair | 'unknown' | 'expired' | 'verifier_mismatch';

/** base64url (no padding) of the raw SHA-256 of the verifier: PKCE S256 (§2). */
export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/**
 * The OA's OAuth v4 grants (zalo-platform.md §2): access tokens of 25 h, refresh tokens of three
 * months that are spent by use (every refresh rotates the pair), authorization codes of 10 min.
 */
export class OaTokens {
  private readonly access = new Map<string, Grant>();
  private readonly refresh = new Map<string, Grant>();
  private readonly codes = new Map<string, AuthCode>();

  constructor(private readonly options: ZaloSimOptions) {}

  private nowMs(): number {
    return this.options.now().getTime();
  }

  /** A fresh pair, as after the OA admin's consent. */
  mint(): TokenPair {
    const accessToken = opaqueToken();
    const refreshToken = opaqueToken();
    this.access.set(accessToken, { expiresAt: this.nowMs() + this.options.accessTokenTtlMs });
    this.refresh.set(refreshToken, { expiresAt: this.nowMs() + this.options.refreshTokenTtlMs });
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      expires_in: String(Math.floor(this.options.accessTokenTtlMs / 1000)),
    };
  }

  /**
   * Spends a refresh token. The check and the delete happen in one synchronous step, so of two
   * concurrent refreshes with the same token exactly one gets a pair (§2: single use).
   */
  redeemRefreshToken(token: string): RefreshOutcome {
    const grant = this.refresh.get(token);
    if (!grant) return 'unknown';
    this.refresh.delete(token);
    if (grant.expiresAt <= this.nowMs()) return 'expired';
    return this.mint();
  }

  /** An authorization code for the consent redirect (`/v4/oa/permission`). */
  issueCode(codeChallenge: string): string {
    const code = opaqueToken();
    this.codes.set(code, { codeChallenge, expiresAt: this.nowMs() + this.options.authCodeTtlMs });
    return code;
  }

  redeemCode(code: string, verifier: string): CodeOutcome {
    const grant = this.codes.get(code);
    if (!grant) return 'unknown';
    this.codes.delete(code);
    if (grant.expiresAt <= this.nowMs()) return 'expired';
    if (pkceChallenge(verifier) !== grant.codeChallenge) return 'verifier_mismatch';
    return this.mint();
  }

  /** `0` for a live token, else the §5 code: `-216` unknown or revoked, `-220` expired. */
  check(token: string | undefined): 0 | typeof ZaloCode.accessTokenInvalid | typeof ZaloCode.accessTokenExpired {
    const grant = token === undefined ? undefined : this.access.get(token);
    if (!grant) return ZaloCode.accessTokenInvalid;
    if (grant.expiresAt <= this.nowMs()) return ZaloCode.accessTokenExpired;
    return 0;
  }

  /** Revokes the given tokens, or every access and refresh token when none is named. */
  revoke(which: { accessToken?: string; refreshToken?: string } = {}): number {
    if (which.accessToken === undefined && which.refreshToken === undefined) {
      const count = this.access.size + this.refresh.size;
      this.access.clear();
      this.refresh.clear();
      return count;
    }
    let count = 0;
    if (which.accessToken !== undefined && this.access.delete(which.accessToken)) count += 1;
    if (which.refreshToken !== undefined && this.refresh.delete(which.refreshToken)) count += 1;
    return count;
  }

  /** Makes the given access token (or every one) expired as of now: the next call gets `-220`. */
  expireAccessTokens(accessToken?: string): number {
    let count = 0;
    for (const [token, grant] of this.access) {
      if (accessToken !== undefined && token !== accessToken) continue;
      grant.expiresAt = this.nowMs();
      count += 1;
    }
    return count;
  }
}

/** §2: OA APIs read the token from a bare `access_token` header, not `Authorization: Bearer`. */
export function accessTokenHeader(request: FastifyRequest): string | undefined {
  const value = request.headers['access_token'];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export const tokenMessages = {
  [ZaloCode.accessTokenInvalid]: 'Access token is invalid',
  [ZaloCode.accessTokenExpired]: 'Access token has expired or been removed',
} as const;
