import { describe, expect, it, vi } from 'vitest';
import { runEventFeed, type FeedPage } from './event-feed.ts';
import type { ConnectionStatus, SimEvent } from './transport.ts';

function event(seq: number): SimEvent {
  return { seq, at: '2026-01-05T01:15:00.000Z', type: 'message', userId: '1', data: {} };
}

type Answer = FeedPage | Error;

/** Runs the feed against scripted answers; each poll takes the next one. */
function run(answers: Answer[]) {
  const polls: { after: number; waitMs: number }[] = [];
  const delivered: number[][] = [];
  const statuses: ConnectionStatus[] = [];
  const sleeps: number[] = [];
  let resyncs = 0;
  const stop = runEventFeed({
    waitMs: 20_000,
    retryMs: { first: 1_000, max: 4_000 },
    poll: async (after, waitMs) => {
      polls.push({ after, waitMs });
      const answer = answers.shift();
      if (answer === undefined) return new Promise<FeedPage>(() => undefined);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    onEvents: (events) => delivered.push(events.map((one) => one.seq)),
    onStatus: (status) => statuses.push(status),
    onResync: () => {
      resyncs += 1;
    },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { polls, delivered, statuses, sleeps, stop, resyncs: () => resyncs };
}

describe('runEventFeed', () => {
  it('starts from where the feed stands, then long-polls after the last event', async () => {
    const feed = run([
      { events: [], lastSeq: 7 },
      { events: [event(8), event(9)], lastSeq: 9 },
      { events: [], lastSeq: 9 },
    ]);
    await vi.waitFor(() => expect(feed.polls).toHaveLength(4));
    expect(feed.polls).toEqual([
      { after: Number.MAX_SAFE_INTEGER, waitMs: 0 },
      { after: 7, waitMs: 20_000 },
      { after: 9, waitMs: 20_000 },
      { after: 9, waitMs: 20_000 },
    ]);
    expect(feed.delivered).toEqual([[8, 9]]);
    expect(feed.statuses).toEqual(['online']);
    feed.stop();
  });

  it('goes offline on failures, retries with doubling delays, and resyncs once back', async () => {
    const down = new TypeError('fetch failed');
    const feed = run([{ events: [], lastSeq: 3 }, down, down, down, down, { events: [], lastSeq: 3 }]);
    await vi.waitFor(() => expect(feed.polls).toHaveLength(7));
    expect(feed.sleeps).toEqual([1_000, 2_000, 4_000, 4_000]);
    expect(feed.statuses).toEqual(['online', 'offline', 'online']);
    expect(feed.polls[5]).toEqual({ after: 3, waitMs: 0 });
    expect(feed.polls[6]).toEqual({ after: 3, waitMs: 20_000 });
    expect(feed.resyncs()).toBe(1);
    feed.stop();
  });

  it('follows a restarted simulator from its new end', async () => {
    const feed = run([
      { events: [], lastSeq: 40 },
      { events: [], lastSeq: 2 },
    ]);
    await vi.waitFor(() => expect(feed.polls).toHaveLength(3));
    expect(feed.polls[2]).toEqual({ after: 2, waitMs: 20_000 });
    expect(feed.resyncs()).toBe(1);
    feed.stop();
  });
});
