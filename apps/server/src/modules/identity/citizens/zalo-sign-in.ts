import { and, eq, ne } from 'drizzle-orm';
import { withTx } from '../../../platform/db/database.ts';
import { citizens } from '../../../platform/db/schema/index.ts';
import { newId } from '../../../platform/ids.ts';
import { vietnamMobileE164 } from '../../../platform/phone.ts';
import { AppError } from '../../../platform/errors.ts';
import { openSession, type CitizenSignInDeps, type SignedInCitizen } from './citizen-sign-in.ts';
import { ZaloUnavailableError, type ZaloApp, type ZaloGraph } from './zalo-graph.ts';
import { syncCitizenFromFollower } from './zalo-contacts.ts';

/** A Zalo user signing in for the first time did not share a phone number. */
export class ZaloPhoneRequiredError extends AppError {
  constructor() {
    super('AUTH.ZALO_PHONE_REQUIRED', 'The first Zalo sign-in needs the phone number');
  }
}

export interface ZaloSignInDeps extends CitizenSignInDeps {
  zaloGraph: ZaloGraph;
  /** The province's Zalo app id and secret; undefined until an admin stores them. */
  zaloApp: (tenantId: string) => Promise<ZaloApp | undefined>;
}

/**
 * Signs a citizen in from inside the Zalo Mini App. Zalo vouches for the user (graph `/me` with the
 * app's access token) and, when they agree to share it, for their phone number (the single-use
 * phone token). The phone links the Zalo user to the citizen record, and so to every dossier filed
 * with that number; later sign-ins need only the access token. Returns a bearer session token.
 */
export async function signInWithZalo(
  deps: ZaloSignInDeps,
  input: { tenantId: string; accessToken: string; phoneToken: string | undefined },
): Promise<{ token: string; expiresAt: Date; citizen: SignedInCitizen }> {
  const app = await deps.zaloApp(input.tenantId);
  if (!app) throw new ZaloUnavailableError('no Zalo app configured for the province');
  const profile = await deps.zaloGraph.me(input.accessToken, app);
  let phone: string | undefined;
  if (input.phoneToken !== undefined) {
    const number = await deps.zaloGraph.phoneNumber(input.accessToken, input.phoneToken, app);
    phone = vietnamMobileE164(number);
    if (phone === undefined) throw new ZaloUnavailableError('Zalo returned a number that is not a Vietnamese mobile');
  }
  const now = deps.now();
  return withTx(deps.database, input.tenantId, async (tx) => {
    let citizen: SignedInCitizen | undefined;
    if (phone !== undefined) {
      // The Zalo account now belongs to this number: a record that held it before lets it go.
      await tx
        .update(citizens)
        .set({ zaloUserId: null })
        .where(
          and(eq(citizens.tenantId, input.tenantId), eq(citizens.zaloUserId, profile.id), ne(citizens.phone, phone)),
        );
      const rows = await tx
        .insert(citizens)
        .values({
          tenantId: input.tenantId,
          id: newId(now.getTime()),
          phone,
          fullName: profile.name,
          zaloUserId: profile.id,
        })
        .onConflictDoUpdate({ target: [citizens.tenantId, citizens.phone], set: { zaloUserId: profile.id } })
        .returning({ id: citizens.id, phone: citizens.phone, fullName: citizens.fullName });
      citizen = rows[0];
    } else {
      const rows = await tx
        .select({ id: citizens.id, phone: citizens.phone, fullName: citizens.fullName })
        .from(citizens)
        .where(and(eq(citizens.tenantId, input.tenantId), eq(citizens.zaloUserId, profile.id)))
        .limit(1);
      citizen = rows[0];
    }
    if (!citizen) throw new ZaloPhoneRequiredError();
    // If they already follow the OA, notices can now reach them in the chat.
    await syncCitizenFromFollower(tx, input.tenantId, { appUserId: profile.id });
    return { ...(await openSession(tx, input.tenantId, citizen.id, now)), citizen };
  });
}
