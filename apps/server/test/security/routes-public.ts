import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { TEST_PASSWORD } from '../factories/officer.ts';
import { fileUpload } from '../factories/files.ts';
import { filingBody, signedZaloEvent } from './kit.ts';
import { chatEvent, get, keyed, send, T, type RouteSpec } from './route-spec.ts';

const publicRoutes: RouteSpec[] = [
  { route: 'GET /api/docs', access: 'public', ok: 200, request: () => get('/api/docs') },
  {
    route: 'GET /api/docs/static/index.html',
    access: 'public',
    ok: 302,
    request: () => get('/api/docs/static/index.html'),
  },
  {
    route: 'GET /api/docs/static/swagger-initializer.js',
    access: 'public',
    ok: 200,
    request: () => get('/api/docs/static/swagger-initializer.js'),
  },
  { route: 'GET /api/docs/json', access: 'public', ok: 200, request: () => get('/api/docs/json') },
  { route: 'GET /api/docs/yaml', access: 'public', ok: 200, request: () => get('/api/docs/yaml') },
  {
    route: 'GET /api/docs/static/*',
    access: 'public',
    ok: 200,
    request: () => get('/api/docs/static/swagger-ui.css'),
  },
  { route: 'GET /api/openapi.json', access: 'public', ok: 200, request: () => get('/api/openapi.json') },
  { route: 'GET /metrics', access: 'public', ok: 200, request: () => get('/metrics') },
  { route: 'GET /healthz', access: 'public', ok: 200, request: () => get('/healthz') },
  { route: 'GET /readyz', access: 'public', ok: 200, request: () => get('/readyz') },
  { route: 'GET /.well-known/jwks.json', access: 'public', ok: 200, request: () => get('/.well-known/jwks.json') },
  { route: 'GET /api/v1/:tenant/admin-units', access: 'public', ok: 200, request: () => get(`${T}/admin-units`) },
  { route: 'GET /api/v1/:tenant/procedures', access: 'public', ok: 200, request: () => get(`${T}/procedures`) },
  {
    route: 'GET /api/v1/:tenant/procedures/:code',
    access: 'public',
    ok: 200,
    request: () => get(`${T}/procedures/${khaiSinh.code}`),
  },
  {
    route: 'POST /api/v1/:tenant/uploads',
    access: 'public',
    ok: 415,
    // The access check only: a text file is refused for its type (uploads.test.ts covers files).
    request: () => ({
      method: 'POST',
      url: `${T}/uploads`,
      ...fileUpload(Buffer.from('hello'), 'a.txt', 'text/plain'),
    }),
  },
  {
    route: 'POST /api/v1/:tenant/applications',
    access: 'public',
    ok: 201,
    request: (f) => send('POST', `${T}/applications`, filingBody(f.nextUpload())),
  },
  {
    route: 'POST /api/v1/:tenant/auth/login',
    access: 'public',
    ok: 200,
    request: () => send('POST', `${T}/auth/login`, { username: 'sec.intake', password: TEST_PASSWORD }),
  },
  {
    route: 'POST /api/v1/:tenant/citizen/otp',
    access: 'public',
    ok: 202,
    request: () => send('POST', `${T}/citizen/otp`, { phone: '0911222333' }),
  },
  {
    route: 'POST /api/v1/:tenant/citizen/session',
    access: 'public',
    ok: 401,
    request: () => send('POST', `${T}/citizen/session`, { phone: '0911222333', code: '000000' }),
  },
  {
    route: 'POST /api/v1/:tenant/citizen/zalo-session',
    access: 'public',
    // Zalo's graph host is out of reach in tests: the sign-in is refused as unavailable.
    ok: 503,
    request: () => send('POST', `${T}/citizen/zalo-session`, { accessToken: 'not-a-zalo-token' }),
  },
  { route: 'GET /api/v1/:tenant/branding', access: 'public', ok: 200, request: () => get(`${T}/branding`) },
  {
    route: 'GET /api/v1/:tenant/branding/logo',
    access: 'public',
    // The demo province has no logo.
    ok: 404,
    request: () => get(`${T}/branding/logo`),
  },
  { route: 'GET /api/v1/:tenant/lookups', access: 'public', ok: 200, request: () => get(`${T}/lookups`) },
  {
    route: 'GET /api/v1/:tenant/lookups/:kind',
    access: 'public',
    ok: 200,
    request: () => get(`${T}/lookups/land-price?q=${encodeURIComponent('Cách Mạng Tháng Tám')}`),
  },
  {
    route: 'GET /api/v1/:tenant/channels/zalo/oauth/callback',
    access: 'public',
    ok: 302,
    request: () => get(`${T}/channels/zalo/oauth/callback?code=x&oa_id=1&state=forged`),
  },
];

const keyRoutes: RouteSpec[] = [
  { route: 'GET /api/v1/:tenant/applications/:code', access: 'key', ok: 200, ...keyed('GET', '') },
  {
    route: 'GET /api/v1/:tenant/applications/:code/receipt.pdf',
    access: 'key',
    ok: 409,
    ...keyed('GET', '/receipt.pdf'),
  },
  {
    route: 'POST /api/v1/:tenant/applications/:code/supplements',
    access: 'key',
    ok: 409,
    ...keyed('POST', '/supplements', {
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId: '00000000-0000-7000-8000-000000000000' }],
    }),
  },
  {
    route: 'POST /api/v1/:tenant/applications/:code/feedback',
    access: 'key',
    ok: 409,
    ...keyed('POST', '/feedback', { rating: 'satisfied' }),
  },
  {
    route: 'GET /api/v1/:tenant/applications/:code/readings',
    access: 'key',
    ok: 200,
    ...keyed('GET', '/readings'),
  },
  { route: 'GET /api/v1/:tenant/applications/:code/visit', access: 'key', ok: 200, ...keyed('GET', '/visit') },
  {
    route: 'PUT /api/v1/:tenant/applications/:code/visit',
    access: 'key',
    ok: 409,
    ...keyed('PUT', '/visit', { start: '2026-01-05T01:00:00.000Z' }),
  },
  // Nothing booked: cancelling is a no-op.
  { route: 'DELETE /api/v1/:tenant/applications/:code/visit', access: 'key', ok: 204, ...keyed('DELETE', '/visit') },
  // Last of the key routes: the dossier is then withdrawn.
  {
    route: 'POST /api/v1/:tenant/applications/:code/withdrawal',
    access: 'key',
    ok: 202,
    ...keyed('POST', '/withdrawal'),
  },
];

const signedRoutes: RouteSpec[] = [
  {
    route: 'GET /api/v1/:tenant/uploads/:uploadId/reading',
    access: 'signed',
    // The uploader's token is the only credential.
    ok: 200,
    request: (f) => ({ ...get(`${T}/uploads/${f.upload.id}/reading`), headers: { 'x-upload-token': f.upload.token } }),
    forged: (f) => ({
      ...get(`${T}/uploads/${f.upload.id}/reading`),
      headers: { 'x-upload-token': `${f.upload.token.slice(0, -4)}AAAA` },
    }),
    forgedStatus: 404,
  },
  {
    route: 'POST /api/v1/:tenant/channels/zalo/webhook',
    access: 'signed',
    ok: 200,
    request: (f) => ({ method: 'POST', url: `${T}/channels/zalo/webhook`, ...signedZaloEvent(chatEvent(f)) }),
    forged: (f) => ({
      method: 'POST',
      url: `${T}/channels/zalo/webhook`,
      ...signedZaloEvent(chatEvent(f), 'not-the-oa-secret'),
    }),
  },
  {
    route: 'GET /api/v1/qr/*',
    access: 'signed',
    ok: 200,
    request: (f) => get(`/api/v1/qr/${f.qrToken}`),
    forged: (f) => get(`/api/v1/qr/${f.qrToken.slice(0, -4)}AAAA`),
    // The answer is 200 {valid:false}, without the dossier (checked in the matrix test).
    forgedStatus: 200,
  },
  {
    route: 'GET /q/*',
    access: 'signed',
    ok: 302,
    request: (f) => get(`/q/${f.qrToken}`),
    forged: (f) => get(`/q/${f.qrToken.slice(0, -4)}AAAA`),
    forgedStatus: 404,
  },
];

const citizenRoutes: RouteSpec[] = [
  {
    route: 'GET /api/v1/:tenant/citizen/session',
    access: 'citizen',
    ok: 200,
    request: () => get(`${T}/citizen/session`),
  },
  {
    route: 'GET /api/v1/:tenant/citizen/applications',
    access: 'citizen',
    ok: 200,
    request: () => get(`${T}/citizen/applications`),
  },
  {
    route: 'DELETE /api/v1/:tenant/citizen/session',
    access: 'citizen',
    ok: 204,
    request: () => send('DELETE', `${T}/citizen/session`),
    endsSession: true,
    // Signing out without a citizen session only clears the cookie.
    expect: { anonymous: 204, own: 204, otherUnit: 204, processor: 204, adminOnly: 204, otherTenant: 204 },
  },
];

/** Routes open to anyone, to the holder of a key or signature, or to a signed-in citizen. */
export const openRoutes: readonly RouteSpec[] = [...publicRoutes, ...keyRoutes, ...signedRoutes, ...citizenRoutes];
