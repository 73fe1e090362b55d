import type { InjectOptions } from 'fastify';
import { get, send, T, type Fixtures, type RouteSpec, type Scope } from './route-spec.ts';

/** A webhook endpoint on a literal public address (no name to resolve in tests). */
export const HOOK_URL = 'https://1.1.1.1/motcua-hook';
const UNKNOWN_DELIVERY = '00000000-0000-7000-8000-0000000000d1';

/** The same webhook and export routes, for the province admin (console) and for integrators. */
function webhookRoutes(
  base: string,
  route: string,
  access: 'admin' | 'integrator',
  endpoint: (f: Fixtures) => string,
): RouteSpec[] {
  const scope: Scope | undefined = access === 'integrator' ? 'webhooks:manage' : undefined;
  const spec = (method: string, path: string, ok: number, request: (f: Fixtures) => InjectOptions): RouteSpec => ({
    route: `${method} ${route}${path}`,
    access,
    ok,
    request,
    ...(scope ? { scope } : {}),
  });
  return [
    spec('GET', '/webhooks', 200, () => get(`${base}/webhooks`)),
    spec('POST', '/webhooks', 201, () =>
      send('POST', `${base}/webhooks`, { url: HOOK_URL, events: ['application.accepted'] }),
    ),
    spec('GET', '/webhooks/:id', 200, (f) => get(`${base}/webhooks/${endpoint(f)}`)),
    spec('PATCH', '/webhooks/:id', 200, (f) =>
      send('PATCH', `${base}/webhooks/${endpoint(f)}`, { description: 'Hệ thống một cửa của tỉnh' }),
    ),
    spec('GET', '/webhooks/:id/deliveries', 200, (f) => get(`${base}/webhooks/${endpoint(f)}/deliveries`)),
    // Nothing was delivered yet: the replay is let through and finds no delivery.
    spec('POST', '/webhooks/:id/deliveries/:deliveryId/replay', 404, (f) =>
      send('POST', `${base}/webhooks/${endpoint(f)}/deliveries/${UNKNOWN_DELIVERY}/replay`),
    ),
  ];
}

const CONSOLE = `${T}/console/admin/integrations`;
const INTEGRATOR = `${T}/integrations`;

const adminIntegrationRoutes: RouteSpec[] = [
  {
    route: 'GET /api/v1/:tenant/console/admin/integrations/keys',
    access: 'admin',
    ok: 200,
    request: () => get(`${CONSOLE}/keys`),
  },
  {
    route: 'POST /api/v1/:tenant/console/admin/integrations/keys',
    access: 'admin',
    ok: 201,
    request: () => send('POST', `${CONSOLE}/keys`, { name: 'Cổng DVC tỉnh', scopes: ['applications:read'] }),
  },
  {
    route: 'POST /api/v1/:tenant/console/admin/integrations/keys/:id/revoke',
    access: 'admin',
    ok: 200,
    request: (f) => send('POST', `${CONSOLE}/keys/${f.revocableKeyId}/revoke`),
  },
  {
    route: 'GET /api/v1/:tenant/console/admin/integrations/export',
    access: 'admin',
    ok: 200,
    request: () => get(`${CONSOLE}/export?format=json`),
  },
  ...webhookRoutes(CONSOLE, '/api/v1/:tenant/console/admin/integrations', 'admin', (f) => f.webhookId),
];

const integratorRoutes: RouteSpec[] = [
  {
    route: 'GET /api/v1/:tenant/integrations/applications/:code',
    access: 'integrator',
    scope: 'applications:read',
    ok: 200,
    request: (f) => get(`${INTEGRATOR}/applications/${f.submitted.code}`),
  },
  {
    route: 'GET /api/v1/:tenant/integrations/applications/export',
    access: 'integrator',
    scope: 'applications:export',
    ok: 200,
    request: () => get(`${INTEGRATOR}/applications/export?format=json`),
  },
  ...webhookRoutes(INTEGRATOR, '/api/v1/:tenant/integrations', 'integrator', (f) => f.integratorWebhookId),
];

/** The integrations: the admin's keys, webhooks and export, and the integrators' API. */
export const integrationRoutes: readonly RouteSpec[] = [...adminIntegrationRoutes, ...integratorRoutes];
