import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseAllowList } from './domain/address-policy.ts';
import { checkWebhookUrl } from './url-check.ts';
import { httpWebhookSender } from './webhook-sender.ts';

const production = { httpsOnly: true, allowList: parseAllowList([]) };
const demo = { httpsOnly: false, allowList: parseAllowList([]) };
const resolveTo =
  (...addresses: string[]) =>
  (): Promise<string[]> =>
    Promise.resolve(addresses);

describe('webhook URL check', () => {
  it('takes https to a public address, normalised and without its fragment', async () => {
    const url = await checkWebhookUrl(' https://Mot-Cua.Example.vn/hook#x ', production, resolveTo('203.162.4.190'));
    expect(url).toBe('https://mot-cua.example.vn/hook');
  });

  it('refuses http in production, but not in demo or test mode', async () => {
    await expect(
      checkWebhookUrl('http://example.vn/hook', production, resolveTo('203.162.4.190')),
    ).rejects.toMatchObject({
      code: 'INTEGRATION.WEBHOOK_URL_INVALID',
    });
    await expect(checkWebhookUrl('http://example.vn/hook', demo, resolveTo('203.162.4.190'))).resolves.toBe(
      'http://example.vn/hook',
    );
  });

  it('refuses a name that resolves to an internal address, or does not resolve', async () => {
    await expect(
      checkWebhookUrl('https://noi-bo.example.vn/', production, resolveTo('203.162.4.190', '10.0.0.5')),
    ).rejects.toMatchObject({
      errors: [{ pointer: '/body/url', message: expect.stringContaining('nội bộ') as string }],
    });
    await expect(
      checkWebhookUrl('https://khong-co.example.vn/', production, () => Promise.reject(new Error('ENOTFOUND'))),
    ).rejects.toMatchObject({
      code: 'INTEGRATION.WEBHOOK_URL_INVALID',
    });
  });

  it('takes internal hosts the allow-list names', async () => {
    const policy = { httpsOnly: true, allowList: parseAllowList(['mot-cua.noi-bo', '10.0.0.0/8']) };
    await expect(
      checkWebhookUrl('https://mot-cua.noi-bo/hook', policy, resolveTo('192.168.9.9')),
    ).resolves.toBeTruthy();
    await expect(checkWebhookUrl('https://10.1.1.1/hook', policy)).resolves.toBeTruthy();
  });
});

describe('webhook sender', () => {
  it('does not connect to an address the policy refuses, nor follow redirects', async () => {
    let hits = 0;
    const server = createServer((_request, response) => {
      hits += 1;
      response.writeHead(302, { location: 'http://203.162.4.190/' }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const refused = await httpWebhookSender(demo, 1_000).post(`http://127.0.0.1:${String(port)}/`, {}, '{}');
      expect(refused).toMatchObject({ ok: false, statusCode: null, error: 'address not allowed' });
      const byName = await httpWebhookSender(demo, 1_000).post(`http://localhost:${String(port)}/`, {}, '{}');
      expect(byName.ok).toBe(false);
      expect(hits).toBe(0);
      const allowed = { httpsOnly: false, allowList: parseAllowList(['127.0.0.1']) };
      const redirected = await httpWebhookSender(allowed, 1_000).post(`http://127.0.0.1:${String(port)}/`, {}, '{}');
      expect(redirected).toMatchObject({ ok: false, statusCode: 302, error: 'redirect not followed (HTTP 302)' });
      expect(hits).toBe(1);
    } finally {
      server.close();
    }
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const allowed = { httpsOnly: false, allowList: parseAllowList(['127.0.0.1']) };
      const result = await httpWebhookSender(allowed, 200).post(`http://127.0.0.1:${String(port)}/`, {}, '{}');
      expect(result).toMatchObject({ ok: false, statusCode: null, error: 'timeout' });
      expect(result.durationMs).toBeLessThan(2_000);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
