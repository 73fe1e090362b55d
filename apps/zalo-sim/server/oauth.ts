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

/** A consent request as the permission page receives it (query) and its buttons send it back (form). */
interface ConsentRequest {
  redirectUri: string;
  codeChallenge: string;
  state: string | undefined;
}

/** A PKCE S256 challenge: base64url of a SHA-256, always 43 characters (§2). */
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** The request, or (in Vietnamese, for the page) why it cannot be consented to. */
function readConsent(params: FormBody, options: ZaloSimOptions): ConsentRequest | string {
  if (params['app_id'] !== options.appId)
    return 'Ứng dụng không tồn tại hoặc chưa được kích hoạt (app_id không hợp lệ).';
  const redirectUri = params['redirect_uri'] ?? '';
  let parsed: URL;
  try {
    parsed = new URL(redirectUri);
  } catch {
    return 'Thiếu hoặc sai địa chỉ chuyển hướng (redirect_uri).';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return 'Địa chỉ chuyển hướng (redirect_uri) phải là http hoặc https.';
  }
  const codeChallenge = params['code_challenge'] ?? '';
  if (!CHALLENGE.test(codeChallenge)) return 'Thiếu hoặc sai mã thử thách PKCE (code_challenge).';
  return { redirectUri, codeChallenge, state: params['state'] };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

const pageStyle =
  'body{font-family:system-ui,sans-serif;background:#f1f3f5;margin:0}main{max-width:28rem;margin:3rem auto;' +
  'background:#fff;border-radius:8px;padding:1.5rem 2rem;box-shadow:0 1px 4px #0002}h1{font-size:1.25rem}' +
  'button{font-size:1rem;padding:.5rem 1.25rem;margin-right:.5rem;border-radius:6px;border:1px solid #0068ff;' +
  'cursor:pointer}.allow{background:#0068ff;color:#fff}.deny{background:#fff;color:#0068ff}' +
  '.note{color:#555;font-size:.85rem;margin-top:1.5rem}';

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
    `<style>${pageStyle}</style></head><body><main>${body}` +
    `<p class="note">Trang mô phỏng của zalo-sim, không phải Zalo.</p></main></body></html>`
  );
}

function consentPage(consent: ConsentRequest, options: ZaloSimOptions): string {
  const hidden = {
    app_id: options.appId,
    redirect_uri: consent.redirectUri,
    code_challenge: consent.codeChallenge,
    ...(consent.state === undefined ? {} : { state: consent.state }),
  };
  const inputs = Object.entries(hidden)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
  return page(
    'Cấp quyền cho ứng dụng',
    `<h1>Cấp quyền quản lý Official Account</h1>` +
      `<p>Cho phép ứng dụng <strong>${escapeHtml(options.appId)}</strong> quản lý Official Account ` +
      `<strong>${escapeHtml(options.oaId)}</strong>?</p>` +
      `<p>Ứng dụng sẽ gửi tin nhắn thay cho OA, xem thông tin người quan tâm OA và nhận sự kiện của OA.</p>` +
      `<form method="post" action="permission">${inputs}` +
      `<button class="allow" type="submit" name="decision" value="allow">Cho phép</button>` +
      `<button class="deny" type="submit" name="decision" value="deny">Từ chối</button></form>`,
  );
}

function errorPage(reason: string): string {
  return page('Không thể cấp quyền', `<h1>Không thể cấp quyền</h1><p>${escapeHtml(reason)}</p>`);
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

    // §2: the OA admin's consent page. Zalo shows its own page; the simulator's asks the same question.
    app.get<{ Querystring: FormBody }>('/v4/oa/permission', async (request, reply) => {
      const consent = readConsent(request.query, options);
      reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
      if (typeof consent === 'string') return reply.status(400).send(errorPage(consent));
      return reply.send(consentPage(consent, options));
    });

    // The page's buttons. "Cho phép" redirects with a single-use code bound to the PKCE challenge;
    // "Từ chối" with `error=access_denied` (what Zalo sends on a refusal is not documented).
    app.post<{ Body: FormBody | undefined }>('/v4/oa/permission', async (request, reply) => {
      const form = request.body ?? {};
      const consent = readConsent(form, options);
      if (typeof consent === 'string') {
        return reply.status(400).type('text/html; charset=utf-8').send(errorPage(consent));
      }
      const decision = form['decision'];
      if (decision !== 'allow' && decision !== 'deny') {
        return reply.status(400).type('text/html; charset=utf-8').send(errorPage('Chưa chọn Cho phép hay Từ chối.'));
      }
      const target = new URL(consent.redirectUri);
      if (decision === 'allow') {
        target.searchParams.set('code', tokens.issueCode(consent.codeChallenge));
        target.searchParams.set('oa_id', options.oaId);
      } else {
        target.searchParams.set('error', 'access_denied');
      }
      if (consent.state !== undefined) target.searchParams.set('state', consent.state);
      return reply.redirect(target.toString(), 303);
    });
  };
}
