import { isProvinceAdmin } from './domain/officer.ts';
import { ForbiddenError } from './identity.errors.ts';
import type { Authenticate } from './officer-auth.ts';

/**
 * The guard of administration routes: a signed-in officer (401 otherwise, CSRF checked on writes)
 * who is an admin of the province (403 otherwise).
 */
export function createAdminAuth(authenticate: Authenticate): Authenticate {
  return async function authenticateAdmin(request, tenantId) {
    const officer = await authenticate(request, tenantId);
    if (!isProvinceAdmin(officer)) throw new ForbiddenError();
    return officer;
  };
}
