import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  CalendarDayItem,
  CalendarDayParams,
  CalendarDays,
  CalendarQuery,
  PutCalendarDayBody,
  TenantParams,
} from '@motcua/contracts';
import { adminProblems, type TenantAdminRoutesDeps } from './admin-http.ts';
import { listCalendarDays } from './use-cases/list-calendar-days.ts';
import { removeCalendarDay } from './use-cases/remove-calendar-day.ts';
import { setCalendarDay } from './use-cases/set-calendar-day.ts';

/** The working calendar editor: holidays and make-up working days, year by year. */
export function calendarRoutes(deps: TenantAdminRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/console/admin/calendar',
      {
        schema: {
          tags: ['admin'],
          summary: 'Holidays and make-up working days of a year',
          params: TenantParams,
          querystring: CalendarQuery,
          response: { 200: CalendarDays, ...adminProblems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        return listCalendarDays(deps.database, tenant.id, request.query.year);
      },
    );

    app.put(
      '/api/v1/:tenant/console/admin/calendar/:day',
      {
        schema: {
          tags: ['admin'],
          summary: 'Set a day as a holiday or a make-up working day (due dates computed from now on use it)',
          params: CalendarDayParams,
          body: PutCalendarDayBody,
          response: { 200: CalendarDayItem, ...adminProblems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        return setCalendarDay(deps, tenant.id, request.params.day, request.body, {
          officerId: admin.id,
          requestId: request.id,
        });
      },
    );

    app.delete(
      '/api/v1/:tenant/console/admin/calendar/:day',
      {
        schema: {
          tags: ['admin'],
          summary: 'Remove a holiday or make-up working day: the weekly rule applies again',
          params: CalendarDayParams,
          response: { 204: Type.Null(), ...adminProblems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        await removeCalendarDay(deps, tenant.id, request.params.day, { officerId: admin.id, requestId: request.id });
        return reply.status(204).send(null);
      },
    );
  };
}
