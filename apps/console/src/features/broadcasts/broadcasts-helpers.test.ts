import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.ts';
import type { Route } from '../../layout/routes.ts';
import { audienceQuery } from './api.ts';
import {
  charCount,
  fieldOfPointer,
  groupFieldProblems,
  isHttpsUrl,
  targetOf,
  toCreateBody,
  type ComposeValues,
} from './compose-body.ts';
import { broadcast, provinceUnits, sendingFlood, sentTax } from './fixtures.ts';
import { deliveryProgress, refreshInterval, REFRESH_MS } from './progress.ts';
import { provinceCodeOf } from './queries.ts';
import { broadcastsViewOf } from './routes.ts';
import { isFuture, isNightHour, scheduledAtOf, vietnamHour } from './schedule.ts';
import { describeTarget } from './target-text.ts';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('vi', key, params);

function route(...segments: string[]): Route {
  return { screen: 'admin', segments, params: new URLSearchParams() };
}

describe('delivery progress', () => {
  it('counts every settled recipient against those chosen', () => {
    expect(deliveryProgress(sendingFlood)).toEqual({ done: 59990, total: 120000, share: 59990 / 120000 });
    expect(deliveryProgress(sentTax).share).toBe(1);
  });

  it('has no share before the fan-out starts, and a full one when it found nobody', () => {
    expect(deliveryProgress(broadcast({ id: 'a' })).share).toBeNull();
    expect(deliveryProgress(broadcast({ id: 'b', status: 'sent', recipients: 0 })).share).toBe(1);
    expect(deliveryProgress(broadcast({ id: 'c', status: 'sending', recipients: 0 })).share).toBe(0);
  });

  it('refreshes only while something waits or goes out', () => {
    expect(refreshInterval([sentTax, sendingFlood])).toBe(REFRESH_MS);
    expect(refreshInterval([sentTax, broadcast({ id: 'd' })])).toBe(REFRESH_MS);
    expect(refreshInterval([sentTax, broadcast({ id: 'e', status: 'cancelled' })])).toBe(false);
    expect(refreshInterval([])).toBe(false);
    expect(refreshInterval(undefined)).toBe(false);
  });
});

describe('schedule on Vietnam’s clock', () => {
  it('writes the wall-clock time with the +07:00 offset', () => {
    const iso = scheduledAtOf('2026-11-25', '08:30');
    expect(iso).toBe('2026-11-25T08:30:00+07:00');
    expect(new Date(iso).toISOString()).toBe('2026-11-25T01:30:00.000Z');
  });

  it('reads the hour in Vietnam whatever the device’s zone', () => {
    expect(vietnamHour(new Date('2026-11-24T15:30:00Z'))).toBe(22);
    expect(vietnamHour(new Date('2026-11-24T17:00:00Z'))).toBe(0);
  });

  it('flags 22:00 to 05:59 as night', () => {
    expect([21, 22, 23, 0, 5, 6].map(isNightHour)).toEqual([false, true, true, true, true, false]);
  });

  it('accepts only times ahead', () => {
    const now = new Date('2026-11-24T01:00:00Z');
    expect(isFuture('2026-11-24T08:01:00+07:00', now)).toBe(true);
    expect(isFuture('2026-11-24T08:00:00+07:00', now)).toBe(false);
    expect(isFuture('not a time', now)).toBe(false);
  });
});

describe('compose body', () => {
  const base: ComposeValues = { title: ' Tiêu đề ', kind: 'text', body: ' Nội dung ', targetKind: 'all', when: 'now' };

  it('trims, normalises to NFC and leaves out what the kind does not carry', () => {
    const body = toCreateBody({ ...base, title: 'Thông báo'.normalize('NFD'), mediaUrl: 'https://x.vn/a.jpg' });
    expect(body).toEqual({ title: 'Thông báo', kind: 'text', body: 'Nội dung', target: { all: true } });
    expect(body.title).toBe('Thông báo'.normalize('NFC'));
  });

  it('carries the image address, and the link title only when given', () => {
    expect(toCreateBody({ ...base, kind: 'image', mediaUrl: ' https://x.vn/a.jpg ', mediaTitle: 'bỏ' }).media).toEqual({
      url: 'https://x.vn/a.jpg',
    });
    expect(toCreateBody({ ...base, kind: 'link', mediaUrl: 'https://x.vn', mediaTitle: '  ' }).media).toEqual({
      url: 'https://x.vn',
    });
    expect(toCreateBody({ ...base, kind: 'link', mediaUrl: 'https://x.vn', mediaTitle: 'Xem' }).media).toEqual({
      url: 'https://x.vn',
      title: 'Xem',
    });
  });

  it('sends a time only when scheduled', () => {
    const later = { ...base, scheduleDay: '2026-12-01', scheduleTime: '07:15' };
    expect(toCreateBody({ ...later, when: 'later' }).scheduledAt).toBe('2026-12-01T07:15:00+07:00');
    expect(toCreateBody(later).scheduledAt).toBeUndefined();
  });

  it('makes a target of the picked list, none while it is empty', () => {
    expect(targetOf({ targetKind: 'communes', communes: ['25459'], tags: ['x'] })).toEqual({ communes: ['25459'] });
    expect(targetOf({ targetKind: 'tags', tags: [] })).toBeNull();
    expect(targetOf({ targetKind: 'all', communes: ['25459'] })).toEqual({ all: true });
  });

  it('counts characters as the server does', () => {
    expect(charCount('Việt Nam'.normalize('NFD'))).toBe(8);
    expect(charCount('👍')).toBe(1);
    expect(charCount(undefined)).toBe(0);
  });

  it('accepts only absolute https addresses', () => {
    expect(isHttpsUrl('https://tayninh.gov.vn/a.jpg')).toBe(true);
    expect(isHttpsUrl(' HTTPS://tayninh.gov.vn ')).toBe(true);
    expect(isHttpsUrl('http://tayninh.gov.vn')).toBe(false);
    expect(isHttpsUrl('https:/tayninh.gov.vn')).toBe(false);
    expect(isHttpsUrl('tayninh.gov.vn')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('server field errors', () => {
  it('finds the form field a pointer names', () => {
    expect(fieldOfPointer('/body/title')).toBe('title');
    expect(fieldOfPointer('/body/body')).toBe('body');
    expect(fieldOfPointer('/body/media/url')).toBe('mediaUrl');
    expect(fieldOfPointer('/media/title')).toBe('mediaTitle');
    expect(fieldOfPointer('media.url')).toBe('mediaUrl');
    expect(fieldOfPointer('/body/target/communes/2')).toBe('communes');
    expect(fieldOfPointer('/body/target')).toBe('targetKind');
    expect(fieldOfPointer('/body/scheduledAt')).toBe('scheduleTime');
    expect(fieldOfPointer('/body/priority')).toBeUndefined();
  });

  it('groups messages by field and keeps the rest apart', () => {
    const grouped = groupFieldProblems([
      { pointer: '/body/title', message: 'a' },
      { pointer: '/body/title', message: 'b' },
      { pointer: '/query/x', message: 'c' },
    ]);
    expect([...grouped.byField]).toEqual([['title', ['a', 'b']]]);
    expect(grouped.other).toEqual(['c']);
  });
});

describe('targets in words and in the audience query', () => {
  const names = new Map([
    ['25459', 'Phường Tân Ninh'],
    ['25486', 'Xã Tân Biên'],
  ]);

  it('names communes, falling back to the code', () => {
    expect(describeTarget({ communes: ['25459', '25486', '99999'] }, names, t)).toBe(
      '3 xã/phường: Phường Tân Ninh, Xã Tân Biên, 99999',
    );
    expect(describeTarget({ tags: ['Thanh niên'] }, names, t)).toBe('Nhãn: Thanh niên');
    expect(describeTarget({ all: true }, names, t)).toBe('Tất cả người theo dõi');
  });

  it('asks the audience of a list target by comma-separated values', () => {
    expect(audienceQuery({ all: true })).toBe('');
    expect(audienceQuery({ communes: ['25459', '25486'] })).toBe('?communes=25459,25486');
    expect(audienceQuery({ tags: ['Hộ kinh doanh'] })).toBe(`?tags=${encodeURIComponent('Hộ kinh doanh')}`);
  });
});

describe('where things are', () => {
  it('takes the province from the root unit’s administrative code', () => {
    expect(provinceCodeOf(provinceUnits)).toBe('80');
    expect(provinceCodeOf(provinceUnits.slice(1))).toBeNull();
  });

  it('reads the view from the admin route', () => {
    expect(broadcastsViewOf(route('broadcasts'))).toEqual({ view: 'list' });
    expect(broadcastsViewOf(route('broadcasts', 'new'))).toEqual({ view: 'compose' });
    expect(broadcastsViewOf(route('broadcasts', sentTax.id))).toEqual({ view: 'detail', id: sentTax.id });
  });
});
