import { isLookupKind, LOOKUP_KINDS, type LookupKind } from '@motcua/contracts';
import type { LookupProvider } from '../domain/provider.ts';
import { drivingLicence } from './driving-licence.ts';
import { landPrice } from './land-price.ts';
import { trafficFines } from './traffic-fines.ts';

/** Every civic look-up, one provider each; a new look-up is one more provider here (and its kind in contracts). */
const PROVIDERS = {
  'land-price': landPrice,
  'traffic-fines': trafficFines,
  'driving-licence': drivingLicence,
} as const satisfies Record<LookupKind, LookupProvider>;

export function providerOf(kind: string): LookupProvider | undefined {
  return isLookupKind(kind) ? PROVIDERS[kind] : undefined;
}

/** The providers in the order the apps list them. */
export function allProviders(): LookupProvider[] {
  return LOOKUP_KINDS.map((kind) => PROVIDERS[kind]);
}
