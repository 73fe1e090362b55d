import { describe, expect, it } from 'vitest';
import {
  insideZaloWindow,
  nextStep,
  ROUTE_PATIENCE_MS,
  TRIES_PER_ROUTE,
  type AttemptRecord,
  type Route,
  type RouteAvailability,
} from './routing.ts';

const all = (idempotent: Route[] = ['zalo_template', 'sms', 'email']): RouteAvailability => ({
  reachable: () => true,
  idempotent: (route: Route) => idempotent.includes(route),
});
const only = (...routes: Route[]): RouteAvailability => ({
  reachable: (r: Route) => routes.includes(r),
  idempotent: () => true,
});
const now = new Date('2026-11-24T03:00:00Z');
const longAgo = new Date(now.getTime() - 10 * 60_000);
const tries = (route: Route, ...states: AttemptRecord['state'][]): AttemptRecord[] =>
  states.map((state, n) => ({ route, attempt: n + 1, state, startedAt: longAgo }));
/** The template route failing transiently since `since`, every other route out of reach. */
const outageSince = (since: Date): AttemptRecord[] => [
  ...tries('zalo_cs', 'unreachable'),
  ...Array.from({ length: TRIES_PER_ROUTE + 1 }, (_, n) => ({
    route: 'zalo_template' as const,
    attempt: n + 1,
    state: 'retry' as const,
    startedAt: new Date(since.getTime() + n * 60_000),
  })),
  ...tries('sms', 'unreachable'),
  ...tries('email', 'unreachable'),
];

describe('choosing the route of a notice', () => {
  it.each<[string, AttemptRecord[], RouteAvailability, ReturnType<typeof nextStep>]>([
    ['starts with the Zalo chat', [], all(), { kind: 'send', route: 'zalo_cs', attempt: 1 }],
    ['records a route that cannot reach the citizen', [], only('sms'), { kind: 'skip', route: 'zalo_cs' }],
    [
      'moves on after an unreachable route',
      tries('zalo_cs', 'unreachable'),
      all(),
      { kind: 'send', route: 'zalo_template', attempt: 1 },
    ],
    [
      'moves on after a refusal',
      [...tries('zalo_cs', 'unreachable'), ...tries('zalo_template', 'failed')],
      all(),
      { kind: 'send', route: 'sms', attempt: 1 },
    ],
    [
      'retries a transient fault on the same route',
      tries('sms', 'retry'),
      only('sms'),
      { kind: 'skip', route: 'zalo_cs' },
    ],
    [
      'retries the same route once earlier routes are settled',
      [...tries('zalo_cs', 'unreachable'), ...tries('zalo_template', 'unreachable'), ...tries('sms', 'retry', 'retry')],
      all(),
      { kind: 'send', route: 'sms', attempt: 3 },
    ],
    [
      'leaves a route after too many transient faults',
      [
        ...tries('zalo_cs', 'unreachable'),
        ...tries('zalo_template', 'unreachable'),
        ...tries('sms', ...Array<AttemptRecord['state']>(TRIES_PER_ROUTE).fill('retry')),
      ],
      all(),
      { kind: 'send', route: 'email', attempt: 1 },
    ],
    [
      'resends an interrupted send where the provider deduplicates',
      [...tries('zalo_cs', 'unreachable'), ...tries('zalo_template', 'sending')],
      all(),
      { kind: 'send', route: 'zalo_template', attempt: 2 },
    ],
    [
      'never resends an interrupted Zalo chat message',
      tries('zalo_cs', 'sending'),
      all(),
      { kind: 'settle_in_doubt', route: 'zalo_cs', attempt: 1 },
    ],
    [
      'waits while another worker’s send is in flight',
      [{ route: 'zalo_cs', attempt: 1, state: 'sending', startedAt: new Date(now.getTime() - 1000) }],
      all(),
      { kind: 'wait', route: 'zalo_cs' },
    ],
    [
      'keeps trying the last route left through a provider outage',
      outageSince(longAgo),
      all(),
      { kind: 'send', route: 'zalo_template', attempt: TRIES_PER_ROUTE + 2 },
    ],
    [
      'gives the last route up once the outage outlasts its patience',
      outageSince(new Date(now.getTime() - ROUTE_PATIENCE_MS)),
      all(),
      { kind: 'dead' },
    ],
    [
      'gives up when every route is spent',
      ['zalo_cs', 'zalo_template', 'sms', 'email'].flatMap((r) => tries(r as Route, 'failed')),
      all(),
      { kind: 'dead' },
    ],
  ])('%s', (_name, history, availability, expected) => {
    expect(nextStep(history, availability, now)).toEqual(expected);
  });

  it('takes a send for interrupted once it outlives the configured lease', () => {
    const inFlight: AttemptRecord[] = [
      ...tries('zalo_cs', 'unreachable'),
      { route: 'zalo_template', attempt: 1, state: 'sending', startedAt: new Date(now.getTime() - 5_000) },
    ];
    expect(nextStep(inFlight, all(), now)).toEqual({ kind: 'wait', route: 'zalo_template' });
    expect(nextStep(inFlight, all(), now, 4_000)).toEqual({ kind: 'send', route: 'zalo_template', attempt: 2 });
  });

  it('has no next step for a delivered notice', () => {
    expect(() => nextStep(tries('sms', 'sent'), all(), now)).toThrow();
  });
});

describe('the Zalo reply window', () => {
  const days = (n: number) => new Date(now.getTime() - n * 24 * 3_600_000);
  it.each([
    [{ oaUserId: '1', follower: true, lastInteractionAt: days(1) }, true],
    [{ oaUserId: '1', follower: true, lastInteractionAt: days(7) }, true],
    [{ oaUserId: '1', follower: true, lastInteractionAt: days(7.01) }, false],
    [{ oaUserId: '1', follower: false, lastInteractionAt: days(1) }, false],
    [{ oaUserId: null, follower: true, lastInteractionAt: days(1) }, false],
    [{ oaUserId: '1', follower: true, lastInteractionAt: null }, false],
  ])('%o → %s', (zalo, open) => {
    expect(insideZaloWindow(zalo, now)).toBe(open);
  });
});
