/**
 * What happened in the simulator, in order: the chat page and tests poll it with
 * `GET /_sim/events?after=<seq>&wait=<ms>` (a long poll). Not part of Zalo.
 */
export type SimEventType =
  'message' | 'message_status' | 'follow' | 'unfollow' | 'user_created' | 'zns' | 'webhook_delivery';

export interface SimEvent {
  seq: number;
  at: string;
  type: SimEventType;
  /** The OA-scoped user id the event concerns, when there is one. */
  userId?: string;
  data: unknown;
}

interface Waiter {
  after: number;
  resolve: (events: SimEvent[]) => void;
  timer: NodeJS.Timeout;
}

/** Long polls answer at most this late (a client's own timeout should be longer). */
export const maxPollWaitMs = 25_000;
const keptEvents = 5_000;

export class EventFeed {
  private readonly events: SimEvent[] = [];
  private readonly waiters = new Set<Waiter>();
  private seq = 0;

  constructor(private readonly now: () => Date) {}

  append(type: SimEventType, data: unknown, userId?: string): SimEvent {
    this.seq += 1;
    const event: SimEvent = {
      seq: this.seq,
      at: this.now().toISOString(),
      type,
      ...(userId === undefined ? {} : { userId }),
      data,
    };
    this.events.push(event);
    if (this.events.length > keptEvents) this.events.splice(0, this.events.length - keptEvents);
    for (const waiter of this.waiters) this.settle(waiter, this.since(waiter.after));
    return event;
  }

  get lastSeq(): number {
    return this.seq;
  }

  since(after: number, userId?: string): SimEvent[] {
    return this.events.filter((event) => event.seq > after && (userId === undefined || event.userId === userId));
  }

  /** Events after `after`; when there are none yet, waits up to `waitMs` for the next ones. */
  async poll(after: number, waitMs: number, userId?: string): Promise<SimEvent[]> {
    const ready = this.since(after, userId);
    if (ready.length > 0 || waitMs <= 0) return ready;
    await new Promise<SimEvent[]>((resolve) => {
      const waiter: Waiter = {
        after,
        resolve,
        timer: setTimeout(() => this.settle(waiter, []), Math.min(waitMs, maxPollWaitMs)),
      };
      this.waiters.add(waiter);
    });
    return this.since(after, userId);
  }

  /** Releases every waiting poll (the server is closing). */
  close(): void {
    for (const waiter of this.waiters) this.settle(waiter, []);
  }

  private settle(waiter: Waiter, events: SimEvent[]): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
    waiter.resolve(events);
  }
}
