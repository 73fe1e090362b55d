import type { ApplicationLookup, AttachmentRef, DossierReadings } from '@motcua/contracts';
import { apiUrl, getJson, sendJson } from '../../lib/http.ts';

export type { ApplicationLookup };

/** Where a saved dossier lives: its province, code and look-up key. */
export interface DossierRef {
  tenant: string;
  code: string;
  key: string;
}

function dossierUrl(ref: DossierRef, suffix = ''): string {
  return apiUrl(
    `/applications/${encodeURIComponent(ref.code)}${suffix}?key=${encodeURIComponent(ref.key)}`,
    ref.tenant,
  );
}

/** `GET /applications/{code}?key=`: status, timeline, due date; needs no account. */
export function lookupApplication(ref: DossierRef, signal?: AbortSignal): Promise<ApplicationLookup> {
  return getJson<ApplicationLookup>(dossierUrl(ref), signal);
}

/**
 * `GET /applications/{code}/readings?key=`: what was read from the dossier's photos, with the
 * ID card's proposed fields; only this dossier's photos, each read logged by the server.
 */
export function getDossierReadings(ref: DossierRef, signal?: AbortSignal): Promise<DossierReadings> {
  return getJson<DossierReadings>(dossierUrl(ref, '/readings'), signal);
}

/** The receipt (Mẫu 01, PDF) once the dossier is accepted. */
export function receiptPdfUrl(ref: DossierRef): string {
  return dossierUrl(ref, '/receipt.pdf');
}

export function sendSupplement(
  ref: DossierRef,
  body: { attachments: AttachmentRef[]; note?: string },
  idempotencyKey: string,
): Promise<unknown> {
  return sendJson('POST', dossierUrl(ref, '/supplements'), { body, idempotencyKey });
}

export function requestWithdrawal(ref: DossierRef, idempotencyKey: string): Promise<unknown> {
  return sendJson('POST', dossierUrl(ref, '/withdrawal'), { idempotencyKey });
}

export type Rating = 'very_satisfied' | 'satisfied' | 'unsatisfied';

export function sendFeedback(
  ref: DossierRef,
  body: { rating: Rating; reason?: string; channel: 'web' | 'zalo' },
  idempotencyKey: string,
) {
  return sendJson<unknown>('POST', dossierUrl(ref, '/feedback'), { body, idempotencyKey });
}

/** The one planned visit to the desk: where, what to bring, the fee, and free slots. */
export interface VisitPlan {
  allowed: boolean;
  booking: VisitBooking | null;
  unit: { name: string; address: string };
  checklist: { name: string; originals: number; copies: number }[];
  fee: { amount: number; text: string; paid: boolean } | null;
  slots: { start: string; end: string; remaining: number }[];
}

export interface VisitBooking {
  start: string;
  end: string;
  unit: { name: string; address: string };
}

export function getVisit(ref: DossierRef, signal?: AbortSignal): Promise<VisitPlan> {
  return getJson<VisitPlan>(dossierUrl(ref, '/visit'), signal);
}

export function bookVisit(ref: DossierRef, start: string, idempotencyKey: string): Promise<{ booking: VisitBooking }> {
  return sendJson<{ booking: VisitBooking }>('PUT', dossierUrl(ref, '/visit'), { body: { start }, idempotencyKey });
}

export async function cancelVisit(ref: DossierRef): Promise<void> {
  await sendJson<undefined>('DELETE', dossierUrl(ref, '/visit'));
}
