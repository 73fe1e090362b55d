import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZaloSim, type MiniAppUser, type RunningZaloSim } from './index.ts';

let now = new Date('2026-11-24T03:00:00Z');
let running: RunningZaloSim;

beforeAll(async () => {
  running = await startZaloSim({ now: () => now });
});
afterAll(() => running.close());

/** Whatever the scripting API answers, loosely typed for assertions. */
type ScriptAnswer = Partial<MiniAppUser> & { accessToken?: string; token?: string; message?: string };

interface GraphAnswer {
  error: number;
  message: string;
  data?: { number: string };
  id?: string;
  name?: string;
  picture?: { data: { url: string } };
}

async function script(path: string, body: unknown = {}): Promise<{ status: number; body: ScriptAnswer }> {
  const response = await fetch(`${running.url}/_sim${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? {} : JSON.parse(text)) as ScriptAnswer };
}

async function graph(path: string, headers: Record<string, string>): Promise<{ status: number; body: GraphAnswer }> {
  const response = await fetch(`${running.hosts.graph}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as GraphAnswer };
}

async function signedInUser(phone?: string): Promise<{ user: MiniAppUser; accessToken: string }> {
  const created = await script('/mini-app/users', { name: 'Nguyễn Văn An', ...(phone ? { phone } : {}) });
  expect(created.status).toBe(201);
  const token = await script(`/mini-app/users/${String(created.body.id)}/access-token`);
  return { user: created.body as MiniAppUser, accessToken: String(token.body.accessToken) };
}

async function phoneToken(accessToken: string): Promise<string> {
  const issued = await script('/mini-app/phone-token', { accessToken });
  expect(issued.status).toBe(200);
  return String(issued.body.token);
}

describe('Mini App phone-token exchange (graph /v2.0/me/info)', () => {
  it('gives the number once for the access token and app secret it was issued with', async () => {
    const { accessToken } = await signedInUser('84912345678');
    const code = await phoneToken(accessToken);
    const headers = { access_token: accessToken, code, secret_key: running.sim.options.appSecret };
    expect(await graph('/v2.0/me/info', headers)).toEqual({
      status: 200,
      body: { error: 0, message: 'Success', data: { number: '84912345678' } },
    });
    // Single use: the same code again is refused, still with HTTP 200 and no data.
    expect(await graph('/v2.0/me/info', headers)).toEqual({
      status: 200,
      body: { error: -201, message: 'code is invalid!' },
    });
  });

  it('refuses a wrong app secret, an expired code and a code issued to another user', async () => {
    const first = await signedInUser('84912345001');
    const second = await signedInUser('84912345002');
    const secret = running.sim.options.appSecret;

    const code = await phoneToken(first.accessToken);
    const wrongSecret = await graph('/v2.0/me/info', { access_token: first.accessToken, code, secret_key: 'x' });
    expect(wrongSecret.body).toEqual({ error: -201, message: 'secret_key is invalid!' });

    const foreign = await graph('/v2.0/me/info', { access_token: second.accessToken, code, secret_key: secret });
    expect(foreign.body.error).toBe(-201);

    const late = await phoneToken(first.accessToken);
    now = new Date(now.getTime() + 121_000);
    const expired = await graph('/v2.0/me/info', { access_token: first.accessToken, code: late, secret_key: secret });
    expect(expired.body).toEqual({ error: -201, message: 'code is invalid!' });
  });

  it('has no phone token for a user without a number', async () => {
    const { accessToken } = await signedInUser();
    expect((await script('/mini-app/phone-token', { accessToken })).status).toBe(409);
  });
});

describe('graph /v2.0/me', () => {
  it('returns the app-scoped id and name, checking the optional appsecret_proof', async () => {
    const { user, accessToken } = await signedInUser('84987654321');
    const proof = createHmac('sha256', running.sim.options.appSecret).update(accessToken).digest('hex');
    const me = await graph('/v2.0/me?fields=id,name,picture', { access_token: accessToken, appsecret_proof: proof });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ error: 0, id: user.id, name: 'Nguyễn Văn An' });
    expect(me.body.picture?.data.url).toMatch(/^https:\/\//);

    const badProof = await graph('/v2.0/me', { access_token: accessToken, appsecret_proof: '00'.repeat(32) });
    expect(badProof.body).toEqual({ error: -242, message: 'Invalid appsecret_proof' });
  });

  it('answers -216 for an unknown token, -220 once it expired, and -216 after revocation', async () => {
    expect((await graph('/v2.0/me', { access_token: 'nope' })).body.error).toBe(-216);
    expect((await graph('/v2.0/me', {})).body.error).toBe(-216);

    const { user, accessToken } = await signedInUser();
    now = new Date(now.getTime() + running.sim.options.userTokenTtlMs + 1);
    expect((await graph('/v2.0/me', { access_token: accessToken })).body.error).toBe(-220);

    const fresh = await script(`/mini-app/users/${user.id}/access-token`);
    const freshToken = String(fresh.body.accessToken);
    expect((await graph('/v2.0/me', { access_token: freshToken })).body.error).toBe(0);
    expect((await script(`/mini-app/users/${user.id}/revoke`)).status).toBe(204);
    expect((await graph('/v2.0/me', { access_token: freshToken })).body.error).toBe(-216);
  });
});
