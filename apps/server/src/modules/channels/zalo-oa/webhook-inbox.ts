import { sql } from 'drizzle-orm';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { zaloWebhookEvents } from '../../../platform/db/schema/index.ts';
import { enqueueWebhookDrain } from './webhook-drain.ts';

/** One checked event, ready to store. */
export interface InboxEvent {
  key: string;
  name: string;
  /** The exact body Zalo sent (valid JSON: the route parsed it). */
  rawBody: string;
  receivedAt: Date;
}

export interface WebhookInbox {
  /**
   * Stores the event durably; true once committed, false when an event with the same key was
   * stored before (a replay). Rejects when the database refused the write.
   */
  store(tenantId: string, event: InboxEvent): Promise<boolean>;
  /** Queues the trailing drains now (on shutdown, before the database closes). */
  close(): Promise<void>;
}

export interface WebhookInboxOptions {
  /** Writes of one province in flight at once (default 2). */
  writers?: number;
  /** At most one drain job is queued per province per this many milliseconds (default 50). */
  wakeIntervalMs?: number;
  /** Told when a drain could not be queued after a write (the next event's write queues one). */
  onWakeFailure?: (error: unknown) => void;
}

interface Waiting {
  event: InboxEvent;
  settle: (stored: boolean) => void;
  fail: (error: unknown) => void;
}

interface Province {
  queue: Waiting[];
  writing: number;
  /** When the last drain job was queued (monotonic ms); -Infinity before the first. */
  wokeAt: number;
  /** A drain job to queue after events were written without one. */
  trailing: ReturnType<typeof setTimeout> | undefined;
}

/** Rows per insert: far above what 50 concurrent senders produce, far below the bind-parameter limit. */
const MAX_BATCH = 500;

/**
 * The durable side of the webhook. Events of one province that arrive while its writes are in
 * flight are written together: one transaction inserts them all (`on conflict do nothing` tells
 * replays apart), and each caller is answered once it committed, so an acknowledged event is
 * stored. Under light load a batch is one event; under a burst the transaction and its commit are
 * shared by every event waiting.
 *
 * Waking the drain: the write that finds no drain queued by this process in the last
 * `wakeIntervalMs` queues one in its own transaction (`enqueueWebhookDrain`, one job key per
 * province). Writes inside that interval skip the job (queuing it costs more than the insert) and
 * leave a trailing one, queued after they committed, at the end of the interval: every stored
 * event is followed by a drain that starts after it. Should the process die in that interval, the
 * province's next event queues a drain in its own transaction (a new process has no recent wake),
 * and the drain takes every unprocessed event.
 */
export function createWebhookInbox(database: Database, options: WebhookInboxOptions = {}): WebhookInbox {
  const writers = options.writers ?? 2;
  const wakeIntervalMs = options.wakeIntervalMs ?? 50;
  const provinces = new Map<string, Province>();

  async function write(tenantId: string, province: Province, batch: readonly Waiting[]): Promise<Set<string>> {
    // The first of two identical keys in one batch is the event; the second is its replay.
    const firsts = new Map<string, InboxEvent>();
    for (const { event } of batch) if (!firsts.has(event.key)) firsts.set(event.key, event);
    const wake = performance.now() - province.wokeAt >= wakeIntervalMs;
    if (wake) province.wokeAt = performance.now();
    const stored = await withTx(database, tenantId, async (tx) => {
      const inserted = await tx
        .insert(zaloWebhookEvents)
        .values(
          [...firsts.values()].map((event) => ({
            tenantId,
            eventKey: event.key,
            eventName: event.name,
            // The raw bytes: ids and numbers kept exactly as sent, nothing serialised twice.
            body: sql`${event.rawBody}::jsonb`,
            receivedAt: event.receivedAt,
          })),
        )
        .onConflictDoNothing()
        .returning({ key: zaloWebhookEvents.eventKey });
      if (wake && inserted.length > 0) await enqueueWebhookDrain(tx, tenantId);
      return new Set(inserted.map((row) => row.key));
    });
    if (!wake && stored.size > 0) wakeLater(tenantId, province);
    return stored;
  }

  async function wakeNow(tenantId: string, province: Province): Promise<void> {
    clearTimeout(province.trailing);
    province.trailing = undefined;
    province.wokeAt = performance.now();
    try {
      await withTx(database, tenantId, (tx) => enqueueWebhookDrain(tx, tenantId));
    } catch (error) {
      province.wokeAt = -Infinity;
      options.onWakeFailure?.(error);
    }
  }

  function wakeLater(tenantId: string, province: Province): void {
    if (province.trailing !== undefined) return;
    const delay = Math.max(0, wakeIntervalMs - (performance.now() - province.wokeAt));
    province.trailing = setTimeout(() => void wakeNow(tenantId, province), delay);
  }

  /** Writes a batch; if it fails, each event alone, so one bad body fails only its own request. */
  async function settle(tenantId: string, province: Province, batch: readonly Waiting[]): Promise<void> {
    try {
      const stored = await write(tenantId, province, batch);
      for (const waiting of batch) waiting.settle(stored.delete(waiting.event.key));
    } catch (error) {
      if (batch.length === 1) {
        for (const waiting of batch) waiting.fail(error);
        return;
      }
      for (const waiting of batch) await settle(tenantId, province, [waiting]);
    }
  }

  async function writeQueued(tenantId: string, province: Province): Promise<void> {
    province.writing += 1;
    try {
      while (province.queue.length > 0) await settle(tenantId, province, province.queue.splice(0, MAX_BATCH));
    } finally {
      province.writing -= 1;
    }
  }

  return {
    store(tenantId, event) {
      return new Promise<boolean>((settle, fail) => {
        let province = provinces.get(tenantId);
        if (!province) {
          province = { queue: [], writing: 0, wokeAt: -Infinity, trailing: undefined };
          provinces.set(tenantId, province);
        }
        province.queue.push({ event, settle, fail });
        if (province.writing < writers) void writeQueued(tenantId, province);
      });
    },
    async close() {
      const pending = [...provinces].filter(([, province]) => province.trailing !== undefined);
      await Promise.all(pending.map(([tenantId, province]) => wakeNow(tenantId, province)));
    },
  };
}
