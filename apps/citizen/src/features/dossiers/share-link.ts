import { config } from '../../config.ts';
import type { DossierRef } from './api.ts';

/**
 * The link to follow a dossier: the signed QR address once a receipt exists, else the web app's
 * tracking link with the code and key (the server builds the same one when filing).
 */
export function trackingLink(ref: DossierRef, qrUrl: string | undefined): string {
  if (qrUrl) return qrUrl;
  const base = config.apiBaseUrl === '' ? window.location.origin : config.apiBaseUrl;
  const query = new URLSearchParams({ tenant: ref.tenant, track: ref.code, key: ref.key });
  return `${base}/?${query.toString()}`;
}
