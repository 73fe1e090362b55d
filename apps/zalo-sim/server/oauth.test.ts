import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { day, hour, startKit, type SimKit } from './test/sim-kit.ts';

let kit: SimKit;

beforeAll(async () => {
  kit = await startKit();
});
afterAll(() => kit.close());

async function tokenCall(form: Record<string, string>, secret = kit.running.sim.options.appSecret) {
  const response = await fetch(`${kit.running.hosts.oauth}/v4/oa/access_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: secret },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function refresh(refreshToken: string, secret?: string) {
  return tokenCall(
    { refresh_token: refreshToken, app_id: kit.running.sim.options.appId, grant_type: 'refresh_token' },
    secret,
  );
}

async function mint(): Promise<{ access_token: string; refresh_token: string }> {
  const pair = (await kit.script('POST', '/oauth/tokens')).body as { access_token: string; refresh_token: string };
  return pair;
}

async function listUsers(token: string) {
  const answer = await kit.zalo('/openapi/v3.0/oa/user/getlist?data={"offset":0,"count":10}', { token });
  return answer.body.error as number;
}

describe('OAuth v4 token endpoint (§2, §12.7)', () => {
  it('rotates the pair on refresh; expires_in is the string "90000"; a used refresh token is refused', async () => {
    const first = await mint();
    const refreshed = await refresh(first.refresh_token);
    expect(refreshed.status).toBe(200);
    expect(Object.keys(refreshed.body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token']);
    expect(refreshed.body['expires_in']).toBe('90000');
    expect(refreshed.body['refresh_token']).not.toBe(first.refresh_token);
    expect(await listUsers(String(refreshed.body['access_token']))).toBe(0);

    const again = await refresh(first.refresh_token);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      error: -14014,
      error_name: expect.any(String),
      error_reason: expect.any(String),
    });
    expect(again.body).toHaveProperty('error_description');
    expect(again.body).toHaveProperty('ref_doc');
    expect(again.body).not.toHaveProperty('access_token');
  });

  it('lets exactly one of two concurrent refreshes with the same token succeed', async () => {
    const { refresh_token: token } = await mint();
    const answers = await Promise.all([refresh(token), refresh(token)]);
    expect(answers.filter((answer) => typeof answer.body['access_token'] === 'string')).toHaveLength(1);
    expect(answers.filter((answer) => answer.body['error'] === -14014)).toHaveLength(1);
  });

  it('keeps the access token 25 h (then -220) and the refresh token 3 months', async () => {
    const pair = await mint();
    kit.advance(25 * hour - 1_000);
    expect(await listUsers(pair.access_token)).toBe(0);
    kit.advance(1_000);
    expect(await listUsers(pair.access_token)).toBe(-220);
    kit.advance(88 * day); // 25 h + 88 days: still inside the 90 days
    const late = await refresh(pair.refresh_token);
    expect(typeof late.body['access_token']).toBe('string');

    const stale = await mint();
    kit.advance(90 * day);
    expect((await refresh(stale.refresh_token)).body['error']).toBe(-14014);
  });

  it('refuses a wrong app secret or app id', async () => {
    const pair = await mint();
    expect((await refresh(pair.refresh_token, 'wrong')).body['error']).toBe(-14002);
    const wrongApp = await tokenCall({ refresh_token: pair.refresh_token, app_id: '1', grant_type: 'refresh_token' });
    expect(wrongApp.body['error']).toBe(-14002);
    // Neither call spent the token.
    expect(typeof (await refresh(pair.refresh_token)).body['access_token']).toBe('string');
  });

  it('exchanges an authorization code once, with the PKCE S256 verifier', async () => {
    const { verifier } = pkce();
    const form = { app_id: kit.running.sim.options.appId, grant_type: 'authorization_code' };
    const scripted = (await kit.script('POST', '/oauth/code', { code_verifier: verifier })).body;
    expect(scripted.oa_id).toBe(kit.running.sim.options.oaId);
    const exchanged = await tokenCall({ ...form, code: scripted.code, code_verifier: verifier });
    expect(exchanged.body['expires_in']).toBe('90000');
    expect(await listUsers(String(exchanged.body['access_token']))).toBe(0);
    expect((await tokenCall({ ...form, code: scripted.code, code_verifier: verifier })).body['error']).toBe(-14014);
  });
});

function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

const callback = 'https://motcua.example/api/v1/tay-ninh/channels/zalo/oauth/callback';

function permissionUrl(params: Record<string, string>): string {
  const url = new URL(`${kit.running.hosts.oauth}/v4/oa/permission`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

/** What the consent page's form would post: its hidden fields plus the button pressed. */
function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([a-z_]+)" value="([^"]*)">/g)) {
    fields[match[1] ?? ''] = (match[2] ?? '').replace(/&#(\d+);/g, (_m, code: string) =>
      String.fromCharCode(Number(code)),
    );
  }
  return fields;
}

async function press(fields: Record<string, string>, decision: string) {
  const response = await fetch(`${kit.running.hosts.oauth}/v4/oa/permission`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, decision }).toString(),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
}

describe('OA consent page (§2)', () => {
  it('asks the OA admin, and "Cho phép" redirects with a single-use code bound to the PKCE challenge', async () => {
    const { verifier, challenge } = pkce();
    const { appId, oaId } = kit.running.sim.options;
    const state = 'trạng-thái & <một lần>';
    const page = await fetch(
      permissionUrl({ app_id: appId, redirect_uri: callback, code_challenge: challenge, state }),
    );
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain(
      `Cho phép ứng dụng <strong>${appId}</strong> quản lý Official Account <strong>${oaId}</strong>`,
    );
    expect(html).toContain('>Cho phép</button>');
    expect(html).toContain('>Từ chối</button>');
    expect(html).not.toContain('<một lần>');
    const fields = hiddenFields(html);
    expect(fields).toEqual({ app_id: appId, redirect_uri: callback, code_challenge: challenge, state });

    const allowed = await press(fields, 'allow');
    expect(allowed.status).toBe(303);
    const location = new URL(String(allowed.location));
    expect(`${location.origin}${location.pathname}`).toBe(callback);
    expect(location.searchParams.get('oa_id')).toBe(oaId);
    expect(location.searchParams.get('state')).toBe(state);
    const code = String(location.searchParams.get('code'));
    const form = { app_id: appId, grant_type: 'authorization_code', code };

    // The code opens only with the verifier of its challenge, and only once.
    expect((await tokenCall({ ...form, code_verifier: pkce().verifier })).body['error']).toBe(-14014);
    const again = await press(fields, 'allow');
    const second = String(new URL(String(again.location)).searchParams.get('code'));
    const exchanged = await tokenCall({ ...form, code: second, code_verifier: verifier });
    expect(exchanged.body).toMatchObject({ expires_in: '90000' });
    expect((await tokenCall({ ...form, code: second, code_verifier: verifier })).body['error']).toBe(-14014);
  });

  it('"Từ chối" redirects with error=access_denied and the state, and no code', async () => {
    const { challenge } = pkce();
    const fields = {
      app_id: kit.running.sim.options.appId,
      redirect_uri: callback,
      code_challenge: challenge,
      state: 's2',
    };
    const denied = await press(fields, 'deny');
    expect(denied.status).toBe(303);
    const location = new URL(String(denied.location));
    expect(Object.fromEntries(location.searchParams)).toEqual({ error: 'access_denied', state: 's2' });
  });

  it('answers an error page for an unknown app, a bad redirect URI, a missing challenge or no decision', async () => {
    const { challenge } = pkce();
    const good = { app_id: kit.running.sim.options.appId, redirect_uri: callback, code_challenge: challenge };
    const cases: [Record<string, string>, string][] = [
      [{ ...good, app_id: '1' }, 'Ứng dụng không tồn tại'],
      [{ ...good, redirect_uri: 'javascript:alert(1)' }, 'redirect_uri'],
      [{ ...good, redirect_uri: 'không phải địa chỉ' }, 'redirect_uri'],
      [{ ...good, code_challenge: 'ngắn' }, 'code_challenge'],
    ];
    for (const [params, reason] of cases) {
      const page = await fetch(permissionUrl(params), { redirect: 'manual' });
      expect(page.status).toBe(400);
      const html = await page.text();
      expect(html).toContain('Không thể cấp quyền');
      expect(html).toContain(reason);
      expect(html).not.toContain('<form');
      expect((await press(params, 'allow')).status).toBe(400);
    }
    const undecided = await press(good, 'maybe');
    expect([undecided.status, undecided.location]).toEqual([400, null]);
  });
});

describe('OAuth v4 scripting', () => {
  it('scripting revokes tokens (-216) and expires the access token now (-220)', async () => {
    const revoked = await mint();
    await kit.script('POST', '/oauth/revoke', { access_token: revoked.access_token });
    expect(await listUsers(revoked.access_token)).toBe(-216);

    const expired = await mint();
    await kit.script('POST', '/oauth/expire', { access_token: expired.access_token });
    expect(await listUsers(expired.access_token)).toBe(-220);
    expect(typeof (await refresh(expired.refresh_token)).body['access_token']).toBe('string');
  });
});
