import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { DEMO_ZALO_APP } from '../../src/demo/seed-demo.ts';
import { TEST_PASSWORD } from '../factories/officer.ts';
import { UNIT_EID } from './kit.ts';
import { get, send, T, unitOf, type RouteSpec } from './route-spec.ts';

const A = `${T}/console/admin`;

export const adminRoutes: readonly RouteSpec[] = [
  { route: 'GET /api/v1/:tenant/console/admin/units', access: 'admin', ok: 200, request: () => get(`${A}/units`) },
  {
    route: 'POST /api/v1/:tenant/console/admin/units',
    access: 'admin',
    ok: 201,
    request: (f) =>
      send('POST', `${A}/units`, { eid: `000.20.${f.unique().slice(-2)}.H53`, kind: 'commune', name: 'Xã Thử Nghiệm' }),
  },
  {
    route: 'PATCH /api/v1/:tenant/console/admin/units/:id',
    access: 'admin',
    ok: 200,
    request: (f) => send('PATCH', `${A}/units/${unitOf(f, UNIT_EID.other)}`, { shortName: 'phường Long An' }),
  },
  {
    route: 'GET /api/v1/:tenant/console/admin/calendar',
    access: 'admin',
    ok: 200,
    request: () => get(`${A}/calendar?year=2026`),
  },
  {
    route: 'PUT /api/v1/:tenant/console/admin/calendar/:day',
    access: 'admin',
    ok: 200,
    request: () => send('PUT', `${A}/calendar/2026-12-24`, { kind: 'holiday', name: 'Nghỉ bù thử nghiệm' }),
  },
  {
    route: 'DELETE /api/v1/:tenant/console/admin/calendar/:day',
    access: 'admin',
    ok: 204,
    request: () => send('DELETE', `${A}/calendar/2026-12-24`),
  },
  {
    route: 'GET /api/v1/:tenant/console/admin/channels/zalo',
    access: 'admin',
    ok: 200,
    request: () => get(`${A}/channels/zalo`),
  },
  {
    route: 'PUT /api/v1/:tenant/console/admin/channels/zalo',
    access: 'admin',
    ok: 200,
    request: () => send('PUT', `${A}/channels/zalo`, { oaId: DEMO_ZALO_APP.oaId, appId: DEMO_ZALO_APP.appId }),
  },
  {
    route: 'POST /api/v1/:tenant/console/admin/channels/zalo/connect',
    access: 'admin',
    ok: 200,
    request: () => send('POST', `${A}/channels/zalo/connect`),
  },
  {
    route: 'GET /api/v1/:tenant/console/admin/officers',
    access: 'admin',
    ok: 200,
    request: () => get(`${A}/officers`),
  },
  {
    route: 'POST /api/v1/:tenant/console/admin/officers',
    access: 'admin',
    ok: 201,
    request: (f) =>
      send('POST', `${A}/officers`, {
        username: `moi.${f.unique()}`,
        fullName: 'Cán bộ mới',
        password: TEST_PASSWORD,
        roles: [{ role: 'intake', unitId: unitOf(f, UNIT_EID.own) }],
      }),
  },
  {
    route: 'PATCH /api/v1/:tenant/console/admin/officers/:id',
    access: 'admin',
    ok: 200,
    request: (f) => send('PATCH', `${A}/officers/${f.editableOfficerId}`, { fullName: 'Cán bộ đã đổi tên' }),
  },
  {
    route: 'GET /api/v1/:tenant/console/admin/procedures/:code',
    access: 'admin',
    ok: 200,
    request: () => get(`${A}/procedures/${khaiSinh.code}`),
  },
  {
    route: 'GET /api/v1/:tenant/console/admin/procedures/:code/versions',
    access: 'admin',
    ok: 200,
    request: () => get(`${A}/procedures/${khaiSinh.code}/versions`),
  },
  {
    route: 'POST /api/v1/:tenant/console/admin/procedures/:code/versions',
    access: 'admin',
    // The same content again: nothing new is published.
    ok: 200,
    request: () => send('POST', `${A}/procedures/${khaiSinh.code}/versions`, khaiSinh),
  },
  { route: 'GET /api/v1/:tenant/console/admin/lookups', access: 'admin', ok: 200, request: () => get(`${A}/lookups`) },
  {
    route: 'POST /api/v1/:tenant/console/admin/lookups/:kind',
    access: 'admin',
    // The access check only: a file without the expected columns is refused, nothing replaced.
    ok: 422,
    request: () => send('POST', `${A}/lookups/land-price`, { csv: 'x\n1', source: 'Kiểm tra quyền' }),
  },
  { route: 'GET /api/v1/:tenant/console/admin/notices', access: 'admin', ok: 200, request: () => get(`${A}/notices`) },
  {
    route: 'GET /api/v1/:tenant/console/admin/broadcasts',
    access: 'admin',
    ok: 200,
    request: () => get(`${A}/broadcasts`),
  },
  {
    route: 'POST /api/v1/:tenant/console/admin/broadcasts',
    access: 'admin',
    ok: 201,
    request: () =>
      send('POST', `${A}/broadcasts`, { title: 'Thông báo', kind: 'text', body: 'Nghỉ lễ', target: { all: true } }),
  },
  {
    route: 'GET /api/v1/:tenant/console/admin/broadcasts/audience',
    access: 'admin',
    ok: 200,
    request: () => get(`${A}/broadcasts/audience`),
  },
  {
    route: 'GET /api/v1/:tenant/console/admin/broadcasts/tags',
    access: 'admin',
    ok: 200,
    request: () => get(`${A}/broadcasts/tags`),
  },
  {
    route: 'POST /api/v1/:tenant/console/admin/broadcasts/followers/sync',
    access: 'admin',
    ok: 202,
    request: () => send('POST', `${A}/broadcasts/followers/sync`),
  },
  {
    route: 'GET /api/v1/:tenant/console/admin/broadcasts/:id',
    access: 'admin',
    ok: 200,
    request: (f) => get(`${A}/broadcasts/${f.broadcastId}`),
  },
  {
    route: 'POST /api/v1/:tenant/console/admin/broadcasts/:id/cancel',
    access: 'admin',
    ok: 200,
    request: (f) => send('POST', `${A}/broadcasts/${f.broadcastId}/cancel`),
  },
  // Last: it forgets the OA's tokens.
  {
    route: 'DELETE /api/v1/:tenant/console/admin/channels/zalo/connection',
    access: 'admin',
    ok: 200,
    request: () => send('DELETE', `${A}/channels/zalo/connection`),
  },
];
