import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { OaTokens } from './oa-tokens.ts';
import type { ZaloSimOptions } from './options.ts';

/** §5: OAuth errors carry `error_name`, `error_reason`, `error_description` and `ref_doc` beside `error`. */
export interface OAuthError {
  error: number;
  error_name: string;
  error_reason: string;
  error_description: string;
  ref_doc: string;
}

type FormBody = Record<string, string | undefined>;

const refDoc = 'https://developers.zalo.me/docs/official-account/bat-dau/xac-thuc-va-uy-quyen-cho-ung-dung-new';

function oauthError(error: number, name: string, reason: string): OAuthError {
  return { error, error_name: name, error_reason: reason, error_description: reason, ref_doc: refDoc };
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseForm(body: string): FormBody {
  return Object.fromEntries(new URLSearchParams(body));
}

function grant(tokens: OaTokens, options: ZaloSimOptions, form: FormBody) {
  const codes = options.oauthErrorCodes;
  switch (form['grant_type'] ?? '') {
    case 'refresh_token': {
      const refreshToken = form['refresh_token'];
      if (!refreshToken) return oauthError(codes.invalidParameter, 'Invalid parameter', 'refresh_token is missing');
      const outcome = tokens.redeemRefreshToken(refreshToken);
      if (outcome === 'unknown')
        return oauthError(codes.invalidGrant, 'Invalid refresh token', 'Refresh token is invalid');
      if (outcome === 'expired')
        return oauthError(codes.invalidGrant, 'Invalid refresh token', 'Refresh token expired');
      return outcome;
    }
    case 'authorization_code': {
      const code = form['code'];
      const verifier = form['code_verifier'];
      if (!code || !verifier) {
        return oauthError(codes.invalidParameter, 'Invalid parameter', 'code and code_verifier are required');
      }
      const outcome = tokens.redeemCode(code, verifier);
      if (typeof outcome !== 'string') return outcome;
      const reason = outcome === 'verifier_mismatch' ? 'code_verifier does not match' : 'Authorization code is invalid';
      return oauthError(codes.invalidGrant, 'Invalid authorization code', reason);
    }
    default:
      return oauthError(codes.invalidParameter, 'Invalid parameter', 'grant_type is invalid');
  }
}

/** `oauth.zaloapp.com/v4/oa/*` (zalo-platform.md §2, §12.7). */
export function oauthRoutes(tokens: OaTokens, options: ZaloSimOptions) {
  return async function register(app: FastifyInstance): Promise<void> {
    // §2: the token endpoint takes `application/x-www-form-urlencoded`, which Fastify does not parse itself.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, parseForm(String(body)));
    });

    app.post<{ Body: FormBody | undefined }>('/v4/oa/access_token', async (request) => {
      const form = request.body ?? {};
      const secret = request.headers['secret_key'];
      if (form['app_id'] !== options.appId) {
        return oauthError(options.oauthErrorCodes.invalidApp, 'Invalid app', 'app_id is invalid');
      }
      if (!sameSecret(typeof secret === 'string' ? secret : undefined, options.appSecret)) {
        return oauthError(options.oauthErrorCodes.invalidApp, 'Invalid app secret', 'secret_key is invalid');
      }
      return grant(tokens, options, form);
    });

    // §2: the OA admin's consent page; the simulator consents at once and redirects with `code` and `oa_id`.
    app.get<{ Querystring: FormBody }>('/v4/oa/permission', async (request, reply) => {
      const { app_id: appId, redirect_uri: redirectUri, code_challenge: challenge, state } = request.query;
      if (appId !== options.appId || !redirectUri || !challenge) {
        return oauthError(
          options.oauthErrorCodes.invalidParameter,
          'Invalid parameter',
          'app_id, redirect_uri and code_challenge are required',
        );
      }
      const target = new URL(redirectUri);
      target.searchParams.set('code', tokens.issueCode(challenge));
      target.searchParams.set('oa_id', options.oaId);
      if (state !== undefined) target.searchParams.set('state', state);
      return reply.redirect(target.toString(), 302);
    });
  };
}
