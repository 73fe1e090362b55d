import type { Action, Role } from '@motcua/workflow';
import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';
import { inboxSearchParams, type InboxFilters } from './inbox-query.ts';
import type { ActionBody, ActionResult, DossierDetail, FormKind, InboxPage, Unit, UnitOfficer } from './types.ts';

function dossierPath(code: string): string {
  return `/console/applications/${encodeURIComponent(code)}`;
}

/** `GET /console/applications?…`: one page of the officer's units' dossiers, with counts per status. */
export function listInbox(filters: InboxFilters, signal?: AbortSignal): Promise<InboxPage> {
  return requestJson<InboxPage>(apiUrl(`/console/applications?${inboxSearchParams(filters).toString()}`), { signal });
}

/** `GET /console/applications/{code}`: the whole dossier; the server logs the read. */
export function getDossier(code: string, signal?: AbortSignal): Promise<DossierDetail> {
  return requestJson<DossierDetail>(apiUrl(dossierPath(code)), { signal });
}

/** `POST /console/applications/{code}/actions/{action}` with the command's idempotency key. */
export function performAction(
  code: string,
  action: Action,
  body: ActionBody,
  idempotencyKey: string,
): Promise<ActionResult> {
  return requestJson<ActionResult>(apiUrl(`${dossierPath(code)}/actions/${action}`), {
    method: 'POST',
    body,
    idempotencyKey,
  });
}

/** Where a filed document is served; `thumbnail` is a small preview of a photo. */
export function documentUrl(code: string, uploadId: string, variant: 'file' | 'thumbnail' = 'file'): string {
  const path = `${dossierPath(code)}/documents/${encodeURIComponent(uploadId)}`;
  return apiUrl(variant === 'file' ? path : `${path}?variant=thumbnail`);
}

/** Where Mẫu 01–05 of a dossier are rendered as PDF. */
export function formPdfUrl(code: string, form: FormKind): string {
  return apiUrl(`${dossierPath(code)}/forms/${form}.pdf`);
}

/** `GET /console/units`: every unit of the province, for transfers and filters. */
export async function listUnits(signal?: AbortSignal): Promise<Unit[]> {
  const answer = await requestJson<{ items: Unit[] }>(apiUrl('/console/units'), { signal });
  return answer.items;
}

/** `GET /console/officers?unit=&role=`: the active officers of a unit the signed-in officer works in. */
export async function listUnitOfficers(unitId: string, role: Role, signal?: AbortSignal): Promise<UnitOfficer[]> {
  const params = new URLSearchParams({ unit: unitId, role });
  return (await requestJson<{ items: UnitOfficer[] }>(apiUrl(`/console/officers?${params.toString()}`), { signal }))
    .items;
}
