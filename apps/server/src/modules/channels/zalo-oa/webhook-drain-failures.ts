/** A stored event waiting to be processed. */
export interface PendingRow {
  eventKey: string;
  body: unknown;
  receivedAt: Date;
}

/**
 * Failed events (by province and event key) and when each may be tried again: a process's memory,
 * cleared on success.
 */
export type FailedEvents = Map<string, { failures: number; retryAt: number }>;

/**
 * A failing event holds back its sender's later events (they are processed in order) for this
 * long after it was received; after that the person's later messages go ahead without it.
 */
export const HOLD_BACK_MS = 10 * 60_000;
const MAX_RETRY_MS = 15 * 60_000;
const MAX_REMEMBERED_FAILURES = 10_000;

/** The run's view of failures: which events wait for a retry, and which people are held back. */
export class RunState {
  readonly skip = new Set<string>();
  readonly heldBack = new Set<string>();
  processed = 0;
  failed = 0;

  constructor(
    private readonly tenantId: string,
    private readonly failures: FailedEvents,
    private readonly retryBaseMs: number,
    readonly onFailure: ((eventKey: string, error: unknown) => void) | undefined,
  ) {}

  /** Whether to process the event now; when not, it and (for a while) its person's later ones wait. */
  ready(row: PendingRow, person: string, now: number): boolean {
    if (this.heldBack.has(person)) {
      this.skip.add(row.eventKey);
      return false;
    }
    const failure = this.failures.get(this.failureKey(row.eventKey));
    if (failure === undefined || failure.retryAt <= now) return true;
    this.waitFor(row, person, now);
    return false;
  }

  succeeded(row: PendingRow): void {
    this.failures.delete(this.failureKey(row.eventKey));
    this.processed += 1;
  }

  failedOn(row: PendingRow, person: string, now: number): void {
    const key = this.failureKey(row.eventKey);
    const previous = this.failures.get(key)?.failures ?? 0;
    const wait = Math.min(this.retryBaseMs * 2 ** previous, MAX_RETRY_MS);
    if (this.failures.size >= MAX_REMEMBERED_FAILURES) this.failures.clear();
    this.failures.set(key, { failures: previous + 1, retryAt: now + wait });
    this.failed += 1;
    this.waitFor(row, person, now);
  }

  /** When the earliest skipped event may be retried, if one is waiting. */
  nextRetry(): number | undefined {
    let next: number | undefined;
    for (const key of this.skip) {
      const at = this.failures.get(this.failureKey(key))?.retryAt;
      if (at !== undefined && (next === undefined || at < next)) next = at;
    }
    return next;
  }

  private failureKey(eventKey: string): string {
    return `${this.tenantId} ${eventKey}`;
  }

  private waitFor(row: PendingRow, person: string, now: number): void {
    this.skip.add(row.eventKey);
    if (now - row.receivedAt.getTime() < HOLD_BACK_MS) this.heldBack.add(person);
  }
}
