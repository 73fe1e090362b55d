import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Problem } from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import { withTx, type Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { Tenant } from './tenants.repo.ts';
import { findBranding } from './use-cases/province-profile.ts';

export interface BrandingRoutesDeps {
  database: Database;
  resolveTenant: (slug: string) => Promise<Tenant>;
}

/** The colour a province without branding shows (Zalo blue). */
const DEFAULT_PRIMARY = '#0068ff';

const Params = Type.Object({ tenant: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }) });

const BrandingView = Type.Object({
  displayName: Type.String(),
  colors: Type.Object({ primary: Type.String(), accent: Type.Optional(Type.String()) }),
  logoUrl: Type.Optional(Type.String()),
});

/**
 * How a province shows itself (display name, colours, logo) for the apps and printed posters;
 * public, cached. A province without branding gets its name and the default colour.
 */
export function brandingRoutes(deps: BrandingRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/branding',
      {
        schema: {
          tags: ['reference'],
          summary: 'The province’s display name, colours and logo address',
          params: Params,
          response: { 200: BrandingView, 400: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const branding = await withTx(deps.database, tenant.id, (tx) => findBranding(tx, tenant.id));
        reply.header('cache-control', 'public, max-age=300');
        if (!branding) return { displayName: tenant.name, colors: { primary: DEFAULT_PRIMARY } };
        return {
          displayName: branding.displayName,
          colors: branding.colors,
          ...(branding.logo
            ? { logoUrl: `/api/v1/${tenant.slug}/branding/logo?v=${branding.logo.sha256.slice(0, 12)}` }
            : {}),
        };
      },
    );
    app.get(
      '/api/v1/:tenant/branding/logo',
      {
        schema: {
          tags: ['reference'],
          summary: 'The province’s logo (PNG, JPEG or SVG)',
          params: Params,
          response: {
            200: Type.Unsafe<Buffer>({
              type: 'string',
              format: 'binary',
              description: 'image/png, image/jpeg or image/svg+xml',
            }),
            400: Problem,
            404: Problem,
          },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const logo = (await withTx(deps.database, tenant.id, (tx) => findBranding(tx, tenant.id)))?.logo;
        if (!logo) throw new AppError('REQUEST.NOT_FOUND', 'No logo');
        return reply
          .header('content-type', logo.contentType)
          .header('cache-control', 'public, max-age=86400')
          .header('etag', `"${logo.sha256}"`)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
          .send(Buffer.from(logo.base64, 'base64'));
      },
    );
  };
}
