import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';
import type {
  CalendarDayItem,
  CalendarDayKind,
  CreateOfficerBody,
  CreateUnitBody,
  OfficerAdminItem,
  OfficerList,
  ProcedureVersionItem,
  PublishVersionResult,
  PutZaloChannelBody,
  UnitItem,
  UpdatedOfficer,
  UpdateOfficerBody,
  UpdateUnitBody,
  ZaloChannelSettings,
  ZaloConnectStarted,
  NoticeList,
} from './types.ts';

const ADMIN = '/console/admin';

export async function listAdminUnits(signal?: AbortSignal): Promise<UnitItem[]> {
  return (await requestJson<{ items: UnitItem[] }>(apiUrl(`${ADMIN}/units`), { signal })).items;
}

export function createUnit(body: CreateUnitBody): Promise<UnitItem> {
  return requestJson<UnitItem>(apiUrl(`${ADMIN}/units`), { method: 'POST', body });
}

export function updateUnit(id: string, body: UpdateUnitBody): Promise<UnitItem> {
  return requestJson<UnitItem>(apiUrl(`${ADMIN}/units/${encodeURIComponent(id)}`), { method: 'PATCH', body });
}

export interface OfficerQuery {
  q?: string;
  limit: number;
  offset: number;
}

export function listOfficers(query: OfficerQuery, signal?: AbortSignal): Promise<OfficerList> {
  const params = new URLSearchParams({ limit: String(query.limit), offset: String(query.offset) });
  if (query.q) params.set('q', query.q);
  return requestJson<OfficerList>(apiUrl(`${ADMIN}/officers?${params.toString()}`), { signal });
}

export function createOfficer(body: CreateOfficerBody): Promise<OfficerAdminItem> {
  return requestJson<OfficerAdminItem>(apiUrl(`${ADMIN}/officers`), { method: 'POST', body });
}

export function updateOfficer(id: string, body: UpdateOfficerBody): Promise<UpdatedOfficer> {
  return requestJson<UpdatedOfficer>(apiUrl(`${ADMIN}/officers/${encodeURIComponent(id)}`), { method: 'PATCH', body });
}

export async function listCalendarDays(year: number, signal?: AbortSignal): Promise<CalendarDayItem[]> {
  return (await requestJson<{ days: CalendarDayItem[] }>(apiUrl(`${ADMIN}/calendar?year=${String(year)}`), { signal }))
    .days;
}

export function putCalendarDay(day: string, body: { kind: CalendarDayKind; name: string }): Promise<CalendarDayItem> {
  return requestJson<CalendarDayItem>(apiUrl(`${ADMIN}/calendar/${day}`), { method: 'PUT', body });
}

export function deleteCalendarDay(day: string): Promise<void> {
  return requestJson<undefined>(apiUrl(`${ADMIN}/calendar/${day}`), { method: 'DELETE' });
}

export async function listProcedureVersions(code: string, signal?: AbortSignal): Promise<ProcedureVersionItem[]> {
  const path = `${ADMIN}/procedures/${encodeURIComponent(code)}/versions`;
  return (await requestJson<{ items: ProcedureVersionItem[] }>(apiUrl(path), { signal })).items;
}

/** Publishes a new immutable version; an unchanged definition publishes nothing. */
export function publishProcedureVersion(code: string, definition: unknown): Promise<PublishVersionResult> {
  const path = `${ADMIN}/procedures/${encodeURIComponent(code)}/versions`;
  return requestJson<PublishVersionResult>(apiUrl(path), { method: 'POST', body: definition });
}

export function getZaloChannel(signal?: AbortSignal): Promise<ZaloChannelSettings> {
  return requestJson<ZaloChannelSettings>(apiUrl(`${ADMIN}/channels/zalo`), { signal });
}

export function putZaloChannel(body: PutZaloChannelBody): Promise<ZaloChannelSettings> {
  return requestJson<ZaloChannelSettings>(apiUrl(`${ADMIN}/channels/zalo`), { method: 'PUT', body });
}

/** Starts connecting the OA (OAuth v4): the URL of Zalo's consent page to send the browser to. */
export function connectZalo(): Promise<ZaloConnectStarted> {
  return requestJson<ZaloConnectStarted>(apiUrl(`${ADMIN}/channels/zalo/connect`), { method: 'POST' });
}

/** Forgets the OA's tokens; answers the settings as they now are. */
export function disconnectZalo(): Promise<ZaloChannelSettings> {
  return requestJson<ZaloChannelSettings>(apiUrl(`${ADMIN}/channels/zalo/connection`), { method: 'DELETE' });
}

/** Our callback for Zalo's consent redirect, as the province registers it with its Zalo app. */
export function zaloCallbackUrl(): string {
  return new URL(apiUrl('/channels/zalo/oauth/callback'), window.location.href).toString();
}

/** The current version's full definition, as stored (keywords, source and unit e-IDs included). */
export interface ProcedureSource {
  version: number;
  publishedAt: string;
  definition: Record<string, unknown>;
}

/** `GET /console/admin/procedures/{code}`: what the editor starts from. */
export function getProcedureSource(code: string, signal?: AbortSignal): Promise<ProcedureSource> {
  return requestJson<ProcedureSource>(apiUrl(`${ADMIN}/procedures/${encodeURIComponent(code)}`), { signal });
}

/** `GET /console/admin/notices`: citizen notices no channel could deliver, newest first. */
export function listDeadNotices(before: string | undefined, signal?: AbortSignal): Promise<NoticeList> {
  const query = new URLSearchParams({ status: 'dead', limit: '50', ...(before ? { before } : {}) });
  return requestJson<NoticeList>(apiUrl(`${ADMIN}/notices?${query.toString()}`), { signal });
}
