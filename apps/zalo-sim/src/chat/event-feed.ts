import type { ConnectionStatus, SimEvent } from './transport.ts';

export interface FeedPage {
  events: SimEvent[];
  lastSeq: number;
}

export interface EventFeedOptions {
  /** One long poll: events after `after`, waiting up to `waitMs` for some. */
  poll: (after: number, waitMs: number, signal: AbortSignal) => Promise<FeedPage>;
  onEvents: (events: readonly SimEvent[]) => void;
  onStatus: (status: ConnectionStatus) => void;
  /** Events may have been missed: the feed came back after failing, or the simulator restarted. */
  onResync: () => void;
  /** How long the server may hold a poll (it answers by 25 s at most). */
  waitMs?: number;
  /** Retry delays double from the first to the last (ms). */
  retryMs?: { first: number; max: number };
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * Follows the simulator's event feed from now on: long polls one after another and, when a poll
 * fails, retries with a doubling delay while reporting `offline`. A feed whose sequence went back
 * (the simulator restarted) is followed from its new end. Returns the function that stops it.
 */
export function runEventFeed(options: EventFeedOptions): () => void {
  const { poll, onEvents, onStatus, onResync, waitMs = 20_000, retryMs = { first: 1_000, max: 15_000 } } = options;
  const sleep = options.sleep ?? abortableSleep;
  const stopper = new AbortController();
  const { signal } = stopper;
  // A function, not the property: the checks after an `await` must read it afresh.
  const stopped = (): boolean => signal.aborted;
  let status: ConnectionStatus = 'connecting';

  function report(next: ConnectionStatus): void {
    if (next === status) return;
    status = next;
    onStatus(next);
  }

  async function loop(): Promise<void> {
    let after: number | undefined;
    let delay = retryMs.first;
    while (!stopped()) {
      try {
        // The first poll only learns where the feed stands (the page loads what came before itself);
        // after a failure, a quick poll says at once that the feed is back.
        const quick = after === undefined || status !== 'online';
        const page = await poll(after ?? Number.MAX_SAFE_INTEGER, quick ? 0 : waitMs, signal);
        if (stopped()) return;
        const wasOffline = status === 'offline';
        report('online');
        delay = retryMs.first;
        const restarted = after !== undefined && page.lastSeq < after;
        if (after !== undefined && page.events.length > 0) onEvents(page.events);
        after = restarted ? page.lastSeq : Math.max(after ?? 0, page.events.at(-1)?.seq ?? page.lastSeq);
        if (wasOffline || restarted) onResync();
      } catch {
        if (stopped()) return;
        report('offline');
        await sleep(delay, signal);
        delay = Math.min(delay * 2, retryMs.max);
      }
    }
  }

  void loop();
  return () => {
    stopper.abort();
  };
}
