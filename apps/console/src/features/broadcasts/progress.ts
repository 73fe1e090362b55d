import type { Broadcast, BroadcastStatus } from './types.ts';

/** How often the list and a detail ask again while something is waiting or going out. */
export const REFRESH_MS = 4000;

/** Still to change on its own: waiting for its time, or going out. */
export function isActive(status: BroadcastStatus): boolean {
  return status === 'scheduled' || status === 'sending';
}

/** Whether an officer may still stop it. */
export function isCancellable(status: BroadcastStatus): boolean {
  return isActive(status);
}

/** The refresh interval of a query holding these broadcasts: none once all have settled. */
export function refreshInterval(broadcasts: readonly Broadcast[] | undefined): number | false {
  return broadcasts?.some((broadcast) => isActive(broadcast.status)) ? REFRESH_MS : false;
}

export interface DeliveryProgress {
  /** Recipients settled one way or another (sent, skipped, failed, unknown, cancelled). */
  done: number;
  /** Recipients chosen when the fan-out started; null before it did. */
  total: number | null;
  /** `done / total` in 0…1; null before the fan-out started. */
  share: number | null;
}

export function deliveryProgress(broadcast: Broadcast): DeliveryProgress {
  const { sent, skipped, failed, unknown, cancelled } = broadcast.stats;
  const done = sent + skipped + failed + unknown + cancelled;
  const total = broadcast.recipients;
  if (total === null) return { done, total, share: null };
  // A fan-out that found nobody to send to is complete, not stuck at 0 %.
  if (total === 0) return { done, total, share: broadcast.status === 'sending' ? 0 : 1 };
  return { done, total, share: Math.min(1, done / total) };
}
