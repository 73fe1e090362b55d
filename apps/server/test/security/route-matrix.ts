import { adminRoutes } from './routes-admin.ts';
import { consoleRoutes } from './routes-console.ts';
import { integrationRoutes } from './routes-integrations.ts';
import { openRoutes } from './routes-public.ts';
import type { RouteSpec } from './route-spec.ts';

export type { Access, Fixtures, RouteSpec } from './route-spec.ts';

/** Every route of the app with who may call it. A route missing here fails the matrix test. */
export const ROUTE_MATRIX: readonly RouteSpec[] = [
  ...openRoutes,
  ...consoleRoutes,
  ...adminRoutes,
  ...integrationRoutes,
];
