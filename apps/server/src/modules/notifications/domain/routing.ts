/** The routes a notice can take, in the order they are tried (ARCHITECTURE.md § notifications). */
export const ROUTES = ['zalo_cs', 'zalo_template', 'sms', 'email'] as const;
export type Route = (typeof ROUTES)[number];

/** Transient faults a route survives before the notice moves on to the next route. */
export const TRIES_PER_ROUTE = 5;

/** Zalo lets an OA write to a user up to 7 days after their last interaction (zalo-platform.md §6). */
export const ZALO_REPLY_WINDOW_MS = 7 * 24 * 3_600_000;

export type AttemptState = 'sending' | 'sent' | 'retry' | 'unreachable' | 'failed' | 'in_doubt';

/**
 * How long a send may be in flight before a `sending` record counts as interrupted by a crash
 * (default of `MOTCUA_SEND_LEASE_MS`; keep it above the providers' time limits).
 */
export const SENDING_LEASE_MS = 2 * 60_000;

/**
 * How long the last route able to carry a notice keeps being tried through transient faults,
 * counted from its first try: a provider outage of minutes delays the notice instead of making it
 * a dead letter. Where a later route can take the notice, it moves on after `TRIES_PER_ROUTE`.
 */
export const ROUTE_PATIENCE_MS = 30 * 60_000;

export interface AttemptRecord {
  route: Route;
  attempt: number;
  state: AttemptState;
  startedAt: Date;
}

export interface RouteAvailability {
  /** Whether the route can reach this citizen at all (address known, channel configured, window open). */
  reachable(route: Route): boolean;
  /**
   * Whether the provider recognises a resend of the same delivery id (ZNS `tracking_id`, the SMS
   * gateway's client reference, the e-mail's Message-ID). Zalo's consultation messages do not.
   */
  idempotent(route: Route): boolean;
}

export type NextStep =
  /** Record that the route cannot reach the citizen, then decide again. */
  | { kind: 'skip'; route: Route }
  | { kind: 'send'; route: Route; attempt: number }
  /** Another worker's send is still in flight (inside its lease): try again later. */
  | { kind: 'wait'; route: Route }
  /**
   * A send was interrupted (crash between calling the provider and recording the answer) on a
   * route that cannot tell a resend from a new message: it may have arrived, so it is not sent
   * again, anywhere — the notice is settled as delivered-in-doubt rather than risk a duplicate.
   */
  | { kind: 'settle_in_doubt'; route: Route; attempt: number }
  /** Every route is exhausted: a dead letter for the console. */
  | { kind: 'dead' };

/**
 * The next thing to do for a notice, from the record of what was tried. Routes are tried in order;
 * a route is left once it was unreachable, refused the message, or failed transiently
 * `TRIES_PER_ROUTE` times — and when no later route can take the notice, the first route left for
 * transient faults is tried again until `ROUTE_PATIENCE_MS` after its first try. A send older than
 * its lease (`sendingLeaseMs`) was interrupted; it is resent only where the provider deduplicates.
 */
export function nextStep(
  history: readonly AttemptRecord[],
  availability: RouteAvailability,
  now: Date,
  sendingLeaseMs = SENDING_LEASE_MS,
): NextStep {
  if (history.some((a) => a.state === 'sent' || a.state === 'in_doubt')) {
    throw new Error('a settled notice has no next step');
  }
  let patient: { route: Route; attempt: number } | undefined;
  for (const route of ROUTES) {
    const tries = history.filter((a) => a.route === route).sort((a, b) => a.attempt - b.attempt);
    const last = tries.at(-1);
    if (!last) {
      if (!availability.reachable(route)) return { kind: 'skip', route };
      return { kind: 'send', route, attempt: 1 };
    }
    if (last.state === 'unreachable' || last.state === 'failed') continue;
    if (last.state === 'sending') {
      if (now.getTime() - last.startedAt.getTime() < sendingLeaseMs) return { kind: 'wait', route };
      if (!availability.idempotent(route)) return { kind: 'settle_in_doubt', route, attempt: last.attempt };
      return { kind: 'send', route, attempt: last.attempt + 1 };
    }
    // last.state === 'retry'
    if (tries.length < TRIES_PER_ROUTE) return { kind: 'send', route, attempt: last.attempt + 1 };
    const first = tries[0]?.startedAt ?? last.startedAt;
    if (!patient && now.getTime() - first.getTime() < ROUTE_PATIENCE_MS) patient = { route, attempt: last.attempt + 1 };
  }
  return patient ? { kind: 'send', ...patient } : { kind: 'dead' };
}

/** Whether a Zalo consultation message can reach the citizen now. */
export function insideZaloWindow(
  zalo: { oaUserId: string | null; follower: boolean; lastInteractionAt: Date | null },
  now: Date,
): boolean {
  if (zalo.oaUserId === null || !zalo.follower || zalo.lastInteractionAt === null) return false;
  return now.getTime() - zalo.lastInteractionAt.getTime() <= ZALO_REPLY_WINDOW_MS;
}
