/** A session ends after this long without a request (sliding). */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** A session ends this long after sign-in, however active. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, so every request does not become a write. */
export const SESSION_TOUCH_MS = 60 * 1000;

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Whether a session may still authenticate a request at `now`. */
export function isSessionLive(session: SessionTimes, now: Date, idleMs = SESSION_IDLE_MS): boolean {
  if (session.revokedAt !== null) return false;
  if (now.getTime() >= session.expiresAt.getTime()) return false;
  return now.getTime() - session.lastSeenAt.getTime() < idleMs;
}

export function shouldTouch(session: Pick<SessionTimes, 'lastSeenAt'>, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS;
}

export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

/** Whole seconds until the lock lifts, or 0 when the account is not locked at `now`. */
export function lockRemainingSeconds(state: LockState, now: Date): number {
  if (state.lockedUntil === null) return 0;
  const ms = state.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/**
 * The lock state after one more failed sign-in. A lock that has run out starts a fresh count, so
 * one mistake after the wait does not lock the account again at once.
 */
export function afterFailure(state: LockState, now: Date): LockState {
  const expired = state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime();
  const failedAttempts = (expired ? 0 : state.failedAttempts) + 1;
  if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
    return { failedAttempts, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) };
  }
  return { failedAttempts, lockedUntil: null };
}
