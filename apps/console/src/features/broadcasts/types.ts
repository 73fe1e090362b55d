/*
 * The wire types of the province's announcements to the followers of its Zalo OA
 * (`/console/admin/broadcasts`), mirrored here until the shared contracts carry them.
 */

export type BroadcastKind = 'text' | 'image' | 'link';

export const broadcastKinds: readonly BroadcastKind[] = ['text', 'image', 'link'];

export type BroadcastStatus = 'scheduled' | 'sending' | 'sent' | 'cancelled';

/** Whom an announcement reaches: every follower, the followers of some communes, or some tags. */
export type BroadcastTarget = { all: true } | { communes: string[] } | { tags: string[] };

/** Per-recipient states of the fan-out. */
export interface BroadcastStats {
  pending: number;
  sending: number;
  sent: number;
  /** Zalo refused for a reason of the person: no longer following, no interaction in 7 days. */
  skipped: number;
  failed: number;
  cancelled: number;
  /** A send cut off by a crash: not resent, so nobody gets it twice. */
  unknown: number;
}

export interface Broadcast {
  id: string;
  title: string;
  kind: BroadcastKind;
  /** The text; for an image, its caption. */
  body: string;
  media: { url?: string; title?: string };
  target: BroadcastTarget;
  status: BroadcastStatus;
  scheduledAt: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  cancelledAt: string | null;
  /** Fixed when the fan-out starts; null before. */
  recipients: number | null;
  stats: BroadcastStats;
}

export interface BroadcastList {
  items: Broadcast[];
}

export interface CreateBroadcastBody {
  title: string;
  kind: BroadcastKind;
  body: string;
  media?: { url: string; title?: string };
  target: BroadcastTarget;
  /** Absent: send now. */
  scheduledAt?: string;
}

export interface FollowerTag {
  name: string;
  count: number;
}

/** Followers a target reaches now. */
export interface Audience {
  count: number;
  /** Of them, those who interacted within 7 days (the only ones Zalo lets the OA message), when told. */
  reachable?: number;
}
