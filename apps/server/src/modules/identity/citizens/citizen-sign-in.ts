import { createHmac, randomInt } from 'node:crypto';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { IncomingHttpHeaders } from 'node:http';
import { fastifyCookie } from '@fastify/cookie';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { seal } from '../../../platform/crypto/seal.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { citizenOtps, citizens, citizenSessions } from '../../../platform/db/schema/index.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';
import { newId } from '../../../platform/ids.ts';
import { hashToken, newSecretToken, secretsEqual } from '../session-token.ts';
import { UnauthenticatedError } from '../identity.errors.ts';
import { OtpInvalidError, OtpThrottledError } from './citizen.errors.ts';

/** The citizen session cookie (web app; in Zalo the platform identity is used instead). */
export const CITIZEN_COOKIE = 'motcua_citizen';
export const OTP_TTL_MS = 5 * 60_000;
/** At most this many codes per phone number within `OTP_WINDOW_MS`. */
export const OTP_PER_WINDOW = 3;
export const OTP_WINDOW_MS = 15 * 60_000;
/** Wrong guesses a code survives before it is burnt. */
export const OTP_MAX_ATTEMPTS = 5;
export const CITIZEN_SESSION_MS = 30 * 24 * 3_600_000;

export interface CitizenSignInDeps {
  database: Database;
  keyProvider: KeyProvider;
  now: () => Date;
}

/** The code's keyed hash: a leaked table row does not give the code away by brute force alone. */
function codeHash(deps: CitizenSignInDeps, tenantId: string, phone: string, code: string): string {
  return createHmac('sha256', deps.keyProvider.current(tenantId).key).update(`otp:${phone}:${code}`).digest('hex');
}

/**
 * Sends a six-digit sign-in code to a phone number through the notification channels (the delivery
 * job carries the code sealed with the tenant key). Throttled per number. Returns the code itself
 * only for the demo province, where no channel delivers it.
 */
export async function requestCitizenOtp(
  deps: CitizenSignInDeps,
  input: { tenantId: string; phone: string; revealCode: boolean },
): Promise<{ expiresAt: Date; devCode?: string }> {
  const now = deps.now();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + OTP_TTL_MS);
  await withTx(deps.database, input.tenantId, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`otp:${input.tenantId}:${input.phone}`}))`);
    const recent = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(citizenOtps)
      .where(
        and(
          eq(citizenOtps.tenantId, input.tenantId),
          eq(citizenOtps.phone, input.phone),
          gt(citizenOtps.createdAt, new Date(now.getTime() - OTP_WINDOW_MS)),
        ),
      );
    if ((recent[0]?.n ?? 0) >= OTP_PER_WINDOW) throw new OtpThrottledError(OTP_WINDOW_MS / 1000);
    const id = newId(now.getTime());
    await tx.insert(citizenOtps).values({
      tenantId: input.tenantId,
      id,
      phone: input.phone,
      codeHash: codeHash(deps, input.tenantId, input.phone, code),
      createdAt: now,
      expiresAt,
    });
    const key = deps.keyProvider.current(input.tenantId);
    const sealed = seal(key.key, Buffer.from(code), `otp:${input.tenantId}:${id}`).toString('base64');
    await enqueueJob(
      tx,
      'notifications:otp',
      { tenantId: input.tenantId, otpId: id, phone: input.phone, keyId: key.id, sealedCode: sealed },
      { jobKey: `otp:${id}` },
    );
  });
  return { expiresAt, ...(input.revealCode ? { devCode: code } : {}) };
}

/** A new citizen session: the token goes to the client, only its sha256 is stored. */
export async function openSession(
  tx: Tx,
  tenantId: string,
  citizenId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + CITIZEN_SESSION_MS);
  await tx.insert(citizenSessions).values({
    tenantId,
    id: newId(now.getTime()),
    citizenId,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

async function latestOtp(tx: Tx, tenantId: string, phone: string, now: Date) {
  const rows = await tx
    .select()
    .from(citizenOtps)
    .where(
      and(
        eq(citizenOtps.tenantId, tenantId),
        eq(citizenOtps.phone, phone),
        isNull(citizenOtps.consumedAt),
        gt(citizenOtps.expiresAt, now),
      ),
    )
    .orderBy(desc(citizenOtps.createdAt))
    .limit(1)
    .for('update');
  return rows[0];
}

/**
 * Checks a sign-in code (the latest unexpired one for the number; five wrong guesses burn it) and
 * opens a citizen session, creating the citizen record for a new number.
 */
export async function verifyCitizenOtp(
  deps: CitizenSignInDeps,
  input: { tenantId: string; phone: string; code: string },
): Promise<{ token: string; expiresAt: Date; citizen: { id: string; phone: string; fullName: string } }> {
  const now = deps.now();
  const outcome = await withTx(deps.database, input.tenantId, async (tx) => {
    const otp = await latestOtp(tx, input.tenantId, input.phone, now);
    if (!otp) return 'invalid' as const;
    if (!secretsEqual(otp.codeHash, codeHash(deps, input.tenantId, input.phone, input.code))) {
      const attempts = otp.attempts + 1;
      await tx
        .update(citizenOtps)
        .set({ attempts, ...(attempts >= OTP_MAX_ATTEMPTS ? { consumedAt: now } : {}) })
        .where(and(eq(citizenOtps.tenantId, input.tenantId), eq(citizenOtps.id, otp.id)));
      return 'invalid' as const;
    }
    await tx
      .update(citizenOtps)
      .set({ consumedAt: now })
      .where(and(eq(citizenOtps.tenantId, input.tenantId), eq(citizenOtps.id, otp.id)));
    const inserted = await tx
      .insert(citizens)
      .values({ tenantId: input.tenantId, id: newId(now.getTime()), phone: input.phone, fullName: '' })
      .onConflictDoUpdate({ target: [citizens.tenantId, citizens.phone], set: { phone: input.phone } })
      .returning({ id: citizens.id, phone: citizens.phone, fullName: citizens.fullName });
    const citizen = inserted[0];
    if (!citizen) return 'invalid' as const;
    return { ...(await openSession(tx, input.tenantId, citizen.id, now)), citizen };
  });
  if (outcome === 'invalid') throw new OtpInvalidError();
  return outcome;
}

/**
 * The citizen session token of a request: `Authorization: Bearer` (the Zalo Mini App, which calls
 * the API from Zalo's origin where cookies are not sent) or the web app's cookie.
 */
export function readCitizenToken(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer ([A-Za-z0-9_-]{16,256})$/.exec(authorization);
    return match?.[1];
  }
  const header = headers.cookie;
  if (header === undefined || header === '') return undefined;
  const value = fastifyCookie.parse(header)[CITIZEN_COOKIE];
  return value === undefined || value === '' ? undefined : value;
}

export interface SignedInCitizen {
  id: string;
  phone: string;
  fullName: string;
}

/** The signed-in citizen of a request, or 401. */
export async function authenticateCitizen(
  deps: CitizenSignInDeps,
  headers: IncomingHttpHeaders,
  tenantId: string,
): Promise<SignedInCitizen> {
  const token = readCitizenToken(headers);
  if (token === undefined) throw new UnauthenticatedError();
  const now = deps.now();
  const found = await withTx(deps.database, tenantId, async (tx) => {
    const rows = await tx
      .select({ id: citizens.id, phone: citizens.phone, fullName: citizens.fullName })
      .from(citizenSessions)
      .innerJoin(
        citizens,
        and(eq(citizens.tenantId, citizenSessions.tenantId), eq(citizens.id, citizenSessions.citizenId)),
      )
      .where(
        and(
          eq(citizenSessions.tenantId, tenantId),
          eq(citizenSessions.tokenHash, hashToken(token)),
          isNull(citizenSessions.revokedAt),
          gt(citizenSessions.expiresAt, now),
        ),
      )
      .limit(1);
    return rows[0];
  });
  if (!found) throw new UnauthenticatedError();
  return found;
}

/** Ends the session behind the request's cookie, if any. */
export async function signOutCitizen(
  deps: CitizenSignInDeps,
  headers: IncomingHttpHeaders,
  tenantId: string,
): Promise<void> {
  const token = readCitizenToken(headers);
  if (token === undefined) return;
  await withTx(deps.database, tenantId, (tx) =>
    tx
      .update(citizenSessions)
      .set({ revokedAt: deps.now() })
      .where(and(eq(citizenSessions.tenantId, tenantId), eq(citizenSessions.tokenHash, hashToken(token)))),
  );
}
