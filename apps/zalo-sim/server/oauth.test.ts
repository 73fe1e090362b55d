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
    const verifier = randomBytes(32).toString('base64url').slice(0, 43);
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const consent = await fetch(
      `${kit.running.hosts.oauth}/v4/oa/permission?app_id=${kit.running.sim.options.appId}&redirect_uri=${encodeURIComponent('https://example.test/cb')}&code_challenge=${challenge}&state=s1`,
      { redirect: 'manual' },
    );
    expect(consent.status).toBe(302);
    const location = new URL(String(consent.headers.get('location')));
    expect(location.searchParams.get('oa_id')).toBe(kit.running.sim.options.oaId);
    expect(location.searchParams.get('state')).toBe('s1');
    const code = String(location.searchParams.get('code'));
    const form = { app_id: kit.running.sim.options.appId, grant_type: 'authorization_code', code };

    expect((await tokenCall({ ...form, code_verifier: 'x'.repeat(43) })).body['error']).toBe(-14014);
    const scripted = (await kit.script('POST', '/oauth/code', { code_verifier: verifier })).body;
    const exchanged = await tokenCall({ ...form, code: scripted.code, code_verifier: verifier });
    expect(exchanged.body['expires_in']).toBe('90000');
    expect((await tokenCall({ ...form, code: scripted.code, code_verifier: verifier })).body['error']).toBe(-14014);
  });

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
