import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  isSessionLive,
  lockRemainingSeconds,
  LOCKOUT_MS,
  SESSION_IDLE_MS,
  type LockState,
} from './session-policy.ts';

const t0 = new Date('2025-09-01T01:00:00Z');
const at = (ms: number): Date => new Date(t0.getTime() + ms);

describe('isSessionLive', () => {
  const session = { lastSeenAt: t0, expiresAt: at(12 * 3600_000), revokedAt: null };

  it.each([
    ['fresh', session, at(1000), true],
    ['idle just under the timeout', session, at(SESSION_IDLE_MS - 1), true],
    ['idle for the timeout', session, at(SESSION_IDLE_MS), false],
    [
      'past its absolute expiry though active',
      { ...session, lastSeenAt: at(12 * 3600_000 - 1) },
      at(12 * 3600_000),
      false,
    ],
    ['revoked', { ...session, revokedAt: t0 }, at(1000), false],
  ])('%s → %s', (_label, s, now, live) => {
    expect(isSessionLive(s, now)).toBe(live);
  });
});

describe('lockout', () => {
  const fresh: LockState = { failedAttempts: 0, lockedUntil: null };

  it('locks on the fifth failure in a row, for 15 minutes', () => {
    let state = fresh;
    for (let i = 1; i <= 4; i += 1) {
      state = afterFailure(state, t0);
      expect(state).toEqual({ failedAttempts: i, lockedUntil: null });
    }
    state = afterFailure(state, t0);
    expect(state).toEqual({ failedAttempts: 5, lockedUntil: at(LOCKOUT_MS) });
    expect(lockRemainingSeconds(state, t0)).toBe(900);
    expect(lockRemainingSeconds(state, at(LOCKOUT_MS))).toBe(0);
  });

  it('starts a fresh count after an expired lock', () => {
    const expired: LockState = { failedAttempts: 5, lockedUntil: t0 };
    expect(afterFailure(expired, at(1))).toEqual({ failedAttempts: 1, lockedUntil: null });
  });
});
