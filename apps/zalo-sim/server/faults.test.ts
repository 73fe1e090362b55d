import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { follower, sendCs, startKit, type SimKit } from './test/sim-kit.ts';

let kit: SimKit;
let userId: string;

beforeAll(async () => {
  kit = await startKit();
  userId = await follower(kit);
});
afterAll(() => kit.close());
afterEach(async () => {
  await kit.script('DELETE', '/faults');
});

const cs = '/openapi/v3.0/oa/message/cs';

function inject(...faults: object[]) {
  return kit.script('POST', '/faults', faults);
}

describe('fault injection (POST /_sim/faults)', () => {
  it('answers HTTP 5xx for the next N calls to the endpoint only', async () => {
    expect((await inject({ endpoint: cs, kind: 'http_error', status: 502, times: 2 })).status).toBe(201);
    expect((await kit.zalo('/openapi/v3.0/oa/user/getlist?data={}')).body.error).toBe(0);
    const answers = [
      await sendCs(kit, userId, { text: 'a' }),
      await sendCs(kit, userId, { text: 'b' }),
      await sendCs(kit, userId, { text: 'c' }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([502, 502, 200]);
    expect(answers[2]?.body.error).toBe(0);
  });

  it('hangs until the client times out', async () => {
    await inject({ endpoint: '/openapi', kind: 'hang' });
    const started = Date.now();
    const call = fetch(`${kit.running.url}${cs}`, { method: 'POST', signal: AbortSignal.timeout(200) });
    await expect(call).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect((await sendCs(kit, userId, { text: 'after' })).body.error).toBe(0);
  });

  it('answers slowly, then normally', async () => {
    await inject({ endpoint: cs, kind: 'slow', delayMs: 150 });
    const started = Date.now();
    const answer = await sendCs(kit, userId, { text: 'chậm' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(answer.body.error).toBe(0);
  });

  it('answers -32 bursts for a duration, with X-RateLimit-Remain 0', async () => {
    await inject({ endpoint: '*', kind: 'rate_limit', forMs: 200 });
    const limited = await sendCs(kit, userId, { text: 'a' });
    expect(limited.status).toBe(200);
    expect(limited.body).toEqual({ error: -32, message: 'Rate limit reached' });
    expect(limited.headers.get('x-ratelimit-remain')).toBe('0');
    expect((await kit.zalo('/business/message/template', { body: {} })).body.error).toBe(-32);
    await new Promise((resolve) => setTimeout(resolve, 220));
    expect((await sendCs(kit, userId, { text: 'b' })).body.error).toBe(0);
  });

  it('revokes the access token in use, so the call and the next answer -216', async () => {
    const pair = (await kit.script('POST', '/oauth/tokens')).body;
    await inject({ endpoint: cs, kind: 'revoke_token' });
    expect((await sendCs(kit, userId, { text: 'a' }, pair.access_token)).body.error).toBe(-216);
    expect((await sendCs(kit, userId, { text: 'b' }, pair.access_token)).body.error).toBe(-216);
    expect((await sendCs(kit, userId, { text: 'c' })).body.error).toBe(0);
  });

  it('lists and clears faults, and refuses malformed ones', async () => {
    await inject({ kind: 'http_error', times: 5 });
    expect((await kit.script('GET', '/faults')).body).toHaveLength(1);
    expect((await kit.script('DELETE', '/faults')).status).toBe(204);
    expect((await kit.script('GET', '/faults')).body).toHaveLength(0);
    expect((await inject({ kind: 'explode' })).status).toBe(400);
    expect((await inject({ kind: 'http_error', status: 404 })).status).toBe(400);
  });
});
