import type { UnitItem } from '../admin/types.ts';
import type { AdminUnit } from '../eforms/api.ts';
import type { Broadcast, BroadcastStats } from './types.ts';

/* Data the broadcasts tests answer with, shaped as the server sends it. */

export const API = '/api/v1/tay-ninh';
export const BROADCASTS = `${API}/console/admin/broadcasts`;

export const provinceUnits: UnitItem[] = [
  {
    id: 'unit-province',
    name: 'Trung tâm Phục vụ hành chính công tỉnh Tây Ninh',
    shortName: 'TTPVHCC tỉnh',
    kind: 'service_centre',
    eid: '000.00.00.H53',
    parentId: null,
    adminUnitCode: '80',
    address: null,
  },
  {
    id: 'unit-tan-ninh',
    name: 'Trung tâm Phục vụ hành chính công phường Tân Ninh',
    shortName: 'phường Tân Ninh',
    kind: 'commune',
    eid: '000.20.01.H53',
    parentId: 'unit-province',
    adminUnitCode: '25459',
    address: null,
  },
];

export const communes: AdminUnit[] = [
  { code: '25459', name: 'Phường Tân Ninh', level: 'commune' },
  { code: '25486', name: 'Xã Tân Biên', level: 'commune' },
  { code: '25552', name: 'Xã Dương Minh Châu', level: 'commune' },
  { code: '25585', name: 'Xã Châu Thành', level: 'commune' },
];

export const followerTags = [
  { name: 'Hộ kinh doanh', count: 1234 },
  { name: 'Thanh niên', count: 56789 },
];

const noStats: BroadcastStats = { pending: 0, sending: 0, sent: 0, skipped: 0, failed: 0, cancelled: 0, unknown: 0 };

export function broadcast(overrides: Partial<Broadcast> & Pick<Broadcast, 'id'>): Broadcast {
  return {
    title: 'Lịch tiếp công dân tháng 12',
    kind: 'text',
    body: 'Trung tâm tiếp công dân vào sáng thứ Năm hằng tuần.',
    media: {},
    target: { all: true },
    status: 'scheduled',
    scheduledAt: '2026-12-01T01:00:00.000Z',
    createdAt: '2026-11-24T02:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    cancelledAt: null,
    recipients: null,
    stats: noStats,
    ...overrides,
  };
}

export const sendingFlood = broadcast({
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Cảnh báo mưa lớn',
  kind: 'image',
  body: 'Người dân các xã ven sông chủ động phòng tránh.',
  media: { url: 'https://tayninh.gov.vn/anh/mua-lon.jpg' },
  target: { communes: ['25459', '25486', '25552'] },
  status: 'sending',
  scheduledAt: '2026-11-24T03:00:00.000Z',
  startedAt: '2026-11-24T03:00:02.000Z',
  recipients: 120000,
  stats: { pending: 60000, sending: 10, sent: 50000, skipped: 8000, failed: 1990, cancelled: 0, unknown: 0 },
});

export const sentTax = broadcast({
  id: '22222222-2222-4222-8222-222222222222',
  title: 'Hạn nộp thuế khoán',
  kind: 'link',
  body: 'Hộ kinh doanh nộp thuế khoán quý IV trước ngày 31/12.',
  media: { url: 'https://tayninh.gov.vn/thue-khoan', title: 'Xem hướng dẫn' },
  target: { tags: ['Hộ kinh doanh', 'Thanh niên'] },
  status: 'sent',
  scheduledAt: '2026-11-20T02:30:00.000Z',
  createdAt: '2026-11-20T02:00:00.000Z',
  startedAt: '2026-11-20T02:30:01.000Z',
  finishedAt: '2026-11-20T02:41:00.000Z',
  recipients: 100000,
  stats: { pending: 0, sending: 0, sent: 91234, skipped: 7000, failed: 1500, cancelled: 0, unknown: 266 },
});

export const scheduledMeeting = broadcast({ id: '33333333-3333-4333-8333-333333333333' });
