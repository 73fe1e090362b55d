import type { Database } from '../../platform/db/database.ts';
import type { BroadcastMessage } from './domain/broadcast.ts';

/** What one send came to (the channel port's result). */
export type SendOutcome =
  | { outcome: 'sent'; providerId: string }
  | { outcome: 'retry'; reason: string; retryAfterMs?: number }
  | { outcome: 'unreachable'; reason: string }
  | { outcome: 'failed'; reason: string };

/** Sends one message to many followers of a province: one outcome per follower, in order. */
export interface BroadcastSender {
  sendMany(
    tenantId: string,
    oaUserIds: readonly string[],
    message: BroadcastMessage,
    concurrency: number,
  ): Promise<SendOutcome[]>;
}

/** What the chat platform says of one follower. */
export interface FollowerProfile {
  oaUserId: string;
  appUserId?: string;
  follower: boolean;
  tags: string[];
  lastInteractionAt?: Date;
  /** The address they shared with the OA, if any. */
  address?: string;
}

/** The chat platform's list of a province's followers (Zalo: `user/getlist` and `user/detail`). */
export interface FollowerDirectory {
  page(tenantId: string, offset: number, count: number): Promise<{ total: number; oaUserIds: string[] }>;
  profile(tenantId: string, oaUserId: string): Promise<FollowerProfile | undefined>;
}

export interface FanOutSettings {
  /** Sends a minute for one province (0 = no limit): below Zalo's 4,000 requests a minute per app. */
  ratePerMinute: number;
  /** Sends in flight at once. */
  concurrency: number;
  /** Recipients taken per batch. */
  batchSize: number;
  /** A fan-out job hands over to a fresh one after this long, so other jobs get a turn. */
  sliceMs: number;
}

export interface BroadcastDeps {
  database: Database;
  now: () => Date;
  /** Whether the province's OA is connected (credentials and a token). */
  connected: (tenantId: string) => Promise<boolean>;
}

export interface FanOutDeps {
  database: Database;
  now: () => Date;
  sender: BroadcastSender;
  settings: FanOutSettings;
  /** Waits (the pacing between batches); tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
}

export interface SyncFollowersDeps {
  database: Database;
  now: () => Date;
  directory: FollowerDirectory;
}
