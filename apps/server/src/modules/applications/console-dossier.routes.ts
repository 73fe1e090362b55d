import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DossierDetail, Problem } from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Authenticate } from '../identity/index.ts';
import type { Tenant } from '../tenants/index.ts';
import { DOSSIER_FORMS, type DossierForm } from './use-cases/dossier-forms.ts';
import { getDossier } from './use-cases/get-dossier.ts';
import { renderDossierForm } from './use-cases/render-dossier-form.ts';

export interface ConsoleDossierRoutesDeps {
  database: Database;
  clock: Clock;
  resolveTenant: (slug: string) => Promise<Tenant>;
  authenticate: Authenticate;
  publicUrl?: string;
  signQr?: (tenant: Tenant, code: string, key: string, issuedAt: Date) => Promise<string>;
}

const TenantParam = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 });
const CodeParam = Type.String({ minLength: 10, maxLength: 80 });
const problems = { 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** The officer's dossier view and its printable forms (Mẫu 01–04, phiếu kiểm soát). */
export function consoleDossierRoutes(deps: ConsoleDossierRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/console/applications/:code',
      {
        schema: {
          tags: ['console'],
          summary:
            'A dossier in full: applicant, form, documents with quality flags, timeline, hand-offs, the actions this officer may take, its forms (audit-logged)',
          params: Type.Object({ tenant: TenantParam, code: CodeParam }),
          response: { 200: DossierDetail, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        const detail = await getDossier(deps, { tenant, code: request.params.code, officer, requestId: request.id });
        return reply.header('cache-control', 'private, no-store').send(detail);
      },
    );

    app.get(
      '/api/v1/:tenant/console/applications/:code/forms/:form',
      {
        schema: {
          tags: ['console'],
          summary:
            'Print a form of the dossier: receipt.pdf, supplement-request.pdf, refusal.pdf, apology.pdf, tracking-sheet.pdf',
          params: Type.Object({
            tenant: TenantParam,
            code: CodeParam,
            form: Type.Union(DOSSIER_FORMS.map((f) => Type.Literal(`${f}.pdf`))),
          }),
          produces: ['application/pdf'],
          response: {
            200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'application/pdf' }),
            ...problems,
          },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        const form = String(request.params.form).replace(/\.pdf$/, '') as DossierForm;
        const base = deps.publicUrl ?? `${request.protocol}://${request.host}`;
        const sign = deps.signQr;
        const pdf = await renderDossierForm(deps, {
          tenant,
          code: request.params.code,
          form,
          officer,
          requestId: request.id,
          qrUrl: async (code, key, issuedAt) => (sign ? `${base}/q/${await sign(tenant, code, key, issuedAt)}` : base),
        });
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${form}-${request.params.code}.pdf"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );
  };
}
