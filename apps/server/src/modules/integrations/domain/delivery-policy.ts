/**
 * When a failed delivery is tried again, and when an endpoint that keeps failing is switched off.
 * Pure: the random draw for the jitter and the current time come in as arguments.
 */

/** Waits after the 1st, 2nd, … failed attempt (the last one repeats): about 14 hours for ten attempts. */
export const RETRY_DELAYS_MS: readonly number[] = [
  10_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 21_600_000,
];

/** ±20%: receivers coming back from an outage are not hit by every province at the same second. */
const JITTER = 0.2;

/**
 * The wait before the next attempt after `attempts` failed ones, spread by `random` in [0, 1).
 */
export function retryDelayMs(attempts: number, random: number, delays: readonly number[] = RETRY_DELAYS_MS): number {
  const base = delays[Math.min(Math.max(attempts, 1), delays.length) - 1] ?? 0;
  return Math.round(base * (1 - JITTER + 2 * JITTER * random));
}

export interface DisablePolicy {
  /** Failed attempts in a row after which deliveries stop. */
  maxFailures: number;
  /** Or: failing without a success for this long. */
  maxFailingMs: number;
}

/** Why an endpoint is switched off after one more failure, or undefined to keep trying. */
export function shouldDisable(
  failures: number,
  failingSince: Date,
  now: Date,
  policy: DisablePolicy,
): 'failures' | 'duration' | undefined {
  if (failures >= policy.maxFailures) return 'failures';
  if (now.getTime() - failingSince.getTime() >= policy.maxFailingMs) return 'duration';
  return undefined;
}
