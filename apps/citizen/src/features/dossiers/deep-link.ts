import type { DossierRef } from './api.ts';

/**
 * A receipt's QR leads, through the server's `/q/{token}` redirect, to `/?track=<code>&key=<key>&
 * tenant=<slug>`; the filing answer's `trackingUrl` has the same form. The key in the address is
 * kept on the device and taken out of the address bar and history right away.
 */
export function readTrackLink(search: string, defaultTenant: string): DossierRef | null {
  const params = new URLSearchParams(search);
  const code = params.get('track')?.trim();
  const key = params.get('key')?.trim();
  if (!code || !key) return null;
  const tenant = params.get('tenant')?.trim();
  return { code, key, tenant: tenant && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(tenant) ? tenant : defaultTenant };
}

/** The address without the tracking parameters (the others, e.g. `?procedure=`, stay). */
export function withoutTrackParams(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const params = new URLSearchParams(location.search);
  for (const name of ['track', 'key', 'tenant']) params.delete(name);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}
