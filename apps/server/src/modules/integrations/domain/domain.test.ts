import { actionList } from '@motcua/workflow';
import { describe, expect, it } from 'vitest';
import { isAddressAllowed, isHostAllowListed, parseAllowList } from './address-policy.ts';
import { bearerKey, prefixOf } from './api-key-format.ts';
import { RETRY_DELAYS_MS, retryDelayMs, shouldDisable } from './delivery-policy.ts';
import { nationalChannel, nationalStatus, webhookEventOf } from './dossier-events.ts';
import { vietnamTime } from './webhook-payload.ts';

describe('retry schedule', () => {
  it('waits longer after each failure, within ±20%, the last wait repeating', () => {
    expect(retryDelayMs(1, 0.5)).toBe(10_000);
    expect(retryDelayMs(1, 0)).toBe(8_000);
    expect(retryDelayMs(1, 0.999_999)).toBe(12_000);
    expect(retryDelayMs(3, 0.5)).toBe(120_000);
    expect(retryDelayMs(50, 0.5)).toBe(RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1]);
    const total = RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0);
    expect(total / 3_600_000).toBeGreaterThan(13);
  });

  it('switches an endpoint off after N failures in a row or after failing for the set time', () => {
    const policy = { maxFailures: 10, maxFailingMs: 24 * 3_600_000 };
    const since = new Date('2026-01-01T00:00:00Z');
    expect(shouldDisable(9, since, new Date('2026-01-01T05:00:00Z'), policy)).toBeUndefined();
    expect(shouldDisable(10, since, new Date('2026-01-01T05:00:00Z'), policy)).toBe('failures');
    expect(shouldDisable(3, since, new Date('2026-01-02T00:00:00Z'), policy)).toBe('duration');
  });
});

describe('address policy', () => {
  const none = parseAllowList([]);
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
  ])('refuses %s unless allowed', (address) => {
    expect(isAddressAllowed(address, none)).toBe(false);
  });

  it('accepts public addresses, and private ones the allow-list names', () => {
    expect(isAddressAllowed('203.162.4.190', none)).toBe(true);
    expect(isAddressAllowed('2001:4860:4860::8888', none)).toBe(true);
    const allow = parseAllowList(['127.0.0.1', '10.20.0.0/16', 'Mot-Cua.noi-bo']);
    expect(isAddressAllowed('127.0.0.1', allow)).toBe(true);
    expect(isAddressAllowed('::ffff:127.0.0.1', allow)).toBe(true);
    expect(isAddressAllowed('127.0.0.2', allow)).toBe(false);
    expect(isAddressAllowed('10.20.5.5', allow)).toBe(true);
    expect(isAddressAllowed('10.21.0.1', allow)).toBe(false);
    expect(isHostAllowListed('mot-cua.noi-bo', allow)).toBe(true);
    expect(isHostAllowListed('[::1]', allow)).toBe(false);
  });
});

describe('API key format', () => {
  it('reads a bearer key and its prefix', () => {
    const key = `mc_ab12cd34_${'x'.repeat(43)}`;
    expect(bearerKey(`Bearer ${key}`)).toBe(key);
    expect(bearerKey(`bearer   ${key}`)).toBe(key);
    expect(bearerKey(`Basic ${key}`)).toBeUndefined();
    expect(bearerKey(undefined)).toBeUndefined();
    expect(prefixOf(key)).toBe('mc_ab12cd34');
    expect(prefixOf(`mc_AB12CD34_${'x'.repeat(43)}`)).toBeUndefined();
    expect(prefixOf(`mc_ab12cd34_${'x'.repeat(42)}`)).toBeUndefined();
  });
});

describe('national coding', () => {
  it('gives each status its code 1–10 and each channel its KenhThucHien', () => {
    expect(nationalStatus('submitted')).toEqual({ code: 1, label: 'Mới đăng ký' });
    expect(nationalStatus('withdrawal_requested').code).toBe(7);
    expect(nationalStatus('returned')).toEqual({ code: 10, label: 'Đã trả kết quả' });
    expect([
      nationalChannel('counter'),
      nationalChannel('online'),
      nationalChannel('zalo'),
      nationalChannel('postal'),
    ]).toEqual([1, 2, 2, 3]);
  });

  it('names a webhook event for every step that changes what the citizen or the portal sees', () => {
    const silent = actionList.filter((action) => webhookEventOf(action) === undefined);
    expect(silent).toEqual(['assign', 'submit_for_approval', 'approve']);
    expect(webhookEventOf('submit')).toBe('application.submitted');
    expect(webhookEventOf('complete')).toBe('application.result_ready');
    expect(webhookEventOf('withdraw')).toBe('application.withdrawn');
    expect(webhookEventOf('something_else')).toBeUndefined();
  });

  it('writes times with Vietnam’s offset', () => {
    expect(vietnamTime(new Date('2025-03-02T20:30:00Z'))).toBe('2025-03-03T03:30:00+07:00');
  });
});
