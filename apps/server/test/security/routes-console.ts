import { filingBody, UNIT_EID } from './kit.ts';
import { get, send, T, unitOf, type RouteSpec } from './route-spec.ts';

const officerRoutes: RouteSpec[] = [
  { route: 'GET /api/v1/:tenant/auth/me', access: 'officer', ok: 200, request: () => get(`${T}/auth/me`) },
  {
    route: 'POST /api/v1/:tenant/auth/logout',
    access: 'officer',
    ok: 204,
    request: () => send('POST', `${T}/auth/logout`),
    endsSession: true,
  },
  { route: 'GET /api/v1/:tenant/console/units', access: 'officer', ok: 200, request: () => get(`${T}/console/units`) },
  {
    route: 'GET /api/v1/:tenant/console/applications',
    access: 'officer',
    ok: 200,
    request: () => get(`${T}/console/applications`),
  },
  { route: 'GET /api/v1/:tenant/console/stats', access: 'officer', ok: 200, request: () => get(`${T}/console/stats`) },
  {
    route: 'GET /api/v1/:tenant/console/stats.xlsx',
    access: 'officer',
    ok: 200,
    request: () => get(`${T}/console/stats.xlsx`),
  },
  {
    route: 'GET /api/v1/:tenant/console/feedback',
    access: 'officer',
    ok: 200,
    request: () => get(`${T}/console/feedback`),
  },
  {
    route: 'GET /api/v1/:tenant/console/uploads/:uploadId/reading',
    access: 'officer',
    ok: 200,
    request: (f) => ({
      ...get(`${T}/console/uploads/${f.upload.id}/reading`),
      headers: { 'x-upload-token': f.upload.token },
    }),
  },
  {
    route: 'GET /api/v1/:tenant/console/visits',
    access: 'officer',
    ok: 200,
    request: () => get(`${T}/console/visits?date=2026-01-05`),
  },
];

const unitRoutes: RouteSpec[] = [
  {
    route: 'GET /api/v1/:tenant/console/officers',
    access: 'unit',
    ok: 200,
    request: (f) => get(`${T}/console/officers?unit=${unitOf(f, UNIT_EID.own)}`),
    expect: { processor: 200 },
  },
  {
    route: 'GET /api/v1/:tenant/console/applications/:code',
    access: 'unit',
    ok: 200,
    request: (f) => get(`${T}/console/applications/${f.submitted.code}`),
    expect: { processor: 200 },
  },
  {
    route: 'GET /api/v1/:tenant/console/applications/:code/documents/:uploadId',
    access: 'unit',
    ok: 200,
    request: (f) => get(`${T}/console/applications/${f.submitted.code}/documents/${f.submitted.uploadId}`),
    expect: { processor: 200 },
  },
  {
    route: 'GET /api/v1/:tenant/console/applications/:code/forms/:form',
    access: 'unit',
    ok: 200,
    request: (f) => get(`${T}/console/applications/${f.accepted.code}/forms/receipt.pdf`),
    expect: { processor: 200 },
  },
  {
    route: 'GET /api/v1/:tenant/console/applications/:code/readings',
    access: 'unit',
    ok: 200,
    request: (f) => get(`${T}/console/applications/${f.submitted.code}/readings`),
    expect: { processor: 200 },
  },
  {
    route: 'POST /api/v1/:tenant/console/applications',
    access: 'unit',
    ok: 201,
    request: (f) => send('POST', `${T}/console/applications`, filingBody(f.nextUpload())),
  },
  {
    route: 'POST /api/v1/:tenant/console/applications/:code/actions/:action',
    access: 'unit',
    ok: 200,
    request: (f) => send('POST', `${T}/console/applications/${f.submitted.code}/actions/accept`, {}),
  },
];

const chatRoutes: RouteSpec[] = [
  { route: 'GET /api/v1/:tenant/console/chats', access: 'chat', ok: 200, request: () => get(`${T}/console/chats`) },
  {
    route: 'GET /api/v1/:tenant/console/chats/:id',
    access: 'chat',
    ok: 200,
    request: (f) => get(`${T}/console/chats/${f.chatId}`),
  },
  {
    route: 'POST /api/v1/:tenant/console/chats/:id/messages',
    access: 'chat',
    ok: 201,
    request: (f) => send('POST', `${T}/console/chats/${f.chatId}/messages`, { text: 'Chào anh, em xem ngay ạ.' }),
  },
  {
    route: 'POST /api/v1/:tenant/console/chats/:id/close',
    access: 'chat',
    ok: 200,
    request: (f) => send('POST', `${T}/console/chats/${f.chatId}/close`, {}),
  },
];

/** The officers' console outside administration. */
export const consoleRoutes: readonly RouteSpec[] = [...officerRoutes, ...unitRoutes, ...chatRoutes];
