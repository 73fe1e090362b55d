/**
 * How many civic look-ups (plates, licence numbers, streets) one person may make in the chat of a
 * province: at most `max` within any `windowMs`, so that plates and licence numbers cannot be
 * enumerated from the chat any more than from the web (where the API allows 30 a minute per client).
 */
export interface LookupLimit {
  max: number;
  windowMs: number;
}

/** 20 look-ups in any 10 minutes: a family's cars and licences, not a list of plates. */
export const DEFAULT_LOOKUP_LIMIT: LookupLimit = { max: 20, windowMs: 10 * 60_000 };

export type LookupQuota = { allowed: true } | { allowed: false; retryAfterMs: number };

/** The look-ups still inside the window at `now`, oldest first. */
function inWindow(times: readonly Date[], now: Date, limit: LookupLimit): Date[] {
  const since = now.getTime() - limit.windowMs;
  return times.filter((t) => t.getTime() > since).sort((a, b) => a.getTime() - b.getTime());
}

/**
 * Whether one more look-up fits; if not, how long until the oldest look-up that counts leaves the
 * window (a sliding window: the limit holds over every span of `windowMs`, not per fixed period).
 */
export function checkLookupQuota(times: readonly Date[], now: Date, limit: LookupLimit): LookupQuota {
  const counted = inWindow(times, now, limit);
  const freeing = counted[counted.length - limit.max];
  if (freeing === undefined) return { allowed: true };
  return { allowed: false, retryAfterMs: Math.max(0, freeing.getTime() + limit.windowMs - now.getTime()) };
}

/** The times to keep after a look-up at `now`: those inside the window, at most `max`. */
export function afterLookup(times: readonly Date[], now: Date, limit: LookupLimit): Date[] {
  return [...inWindow(times, now, limit), now].slice(-limit.max);
}

/** Whole minutes to tell the person to wait, at least one. */
export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
