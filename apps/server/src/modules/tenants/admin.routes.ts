import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TenantAdminRoutesDeps } from './admin-http.ts';
import { calendarRoutes } from './calendar.routes.ts';
import { channelRoutes } from './channels.routes.ts';
import { unitRoutes } from './units.routes.ts';

/** The console's province administration: units, the working calendar, channel credentials. */
export function tenantAdminRoutes(deps: TenantAdminRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    await app.register(unitRoutes(deps));
    await app.register(calendarRoutes(deps));
    await app.register(channelRoutes(deps));
  };
}
