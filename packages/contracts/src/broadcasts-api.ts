import { Type, type Static } from '@sinclair/typebox';

/** Zalo's limit on a consultation message's text (zalo-platform.md §4). */
export const BROADCAST_BODY_MAX = 2000;

export const BroadcastKind = Type.Union([Type.Literal('text'), Type.Literal('image'), Type.Literal('link')]);
export type BroadcastKind = Static<typeof BroadcastKind>;

/** Whom a broadcast reaches: every follower, the followers living in some communes, or carrying some tags. */
export const BroadcastTarget = Type.Union([
  Type.Object({ all: Type.Literal(true) }, { additionalProperties: false }),
  Type.Object(
    { communes: Type.Array(Type.String({ pattern: '^[0-9]{5}$' }), { minItems: 1, maxItems: 200, uniqueItems: true }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      tags: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { minItems: 1, maxItems: 50, uniqueItems: true }),
    },
    { additionalProperties: false },
  ),
]);
export type BroadcastTarget = Static<typeof BroadcastTarget>;

export const BroadcastMedia = Type.Object(
  {
    url: Type.Optional(Type.String({ maxLength: 2000 })),
    title: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const NewBroadcast = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 120 }),
    kind: BroadcastKind,
    /** The message; an image's caption; a link's lead text. */
    body: Type.String({ minLength: 1, maxLength: BROADCAST_BODY_MAX }),
    /** Image: `{url}` (https); link: `{url, title?}` (https). */
    media: Type.Optional(BroadcastMedia),
    target: BroadcastTarget,
    /** When to send; absent = now. */
    scheduledAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type NewBroadcast = Static<typeof NewBroadcast>;

export const BroadcastStats = Type.Object({
  pending: Type.Integer(),
  sending: Type.Integer(),
  sent: Type.Integer(),
  /** Zalo refused for a reason of the person: no longer following, silent for more than 7 days. */
  skipped: Type.Integer(),
  failed: Type.Integer(),
  cancelled: Type.Integer(),
  /** Cut off by a crash while being sent; not sent again, to never send twice. */
  unknown: Type.Integer(),
});
export type BroadcastStats = Static<typeof BroadcastStats>;

export const Broadcast = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  kind: BroadcastKind,
  body: Type.String(),
  media: BroadcastMedia,
  target: BroadcastTarget,
  status: Type.Union([
    Type.Literal('scheduled'),
    Type.Literal('sending'),
    Type.Literal('sent'),
    Type.Literal('cancelled'),
  ]),
  scheduledAt: Type.String({ format: 'date-time' }),
  createdAt: Type.String({ format: 'date-time' }),
  startedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  cancelledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** How many followers the target reached when sending started. */
  recipients: Type.Union([Type.Integer(), Type.Null()]),
  stats: BroadcastStats,
});
export type Broadcast = Static<typeof Broadcast>;

export const BroadcastList = Type.Object({ items: Type.Array(Broadcast) });
export type BroadcastList = Static<typeof BroadcastList>;

export const AudienceQuery = Type.Object({
  communes: Type.Optional(Type.String({ maxLength: 1400, description: 'Comma-separated commune codes' })),
  tags: Type.Optional(Type.String({ maxLength: 3100, description: 'Comma-separated tag names' })),
});

export const Audience = Type.Object({
  /** Followers the target reaches now. */
  count: Type.Integer(),
  /** Of them, those who interacted within 7 days (Zalo lets the OA message only these). */
  reachable: Type.Integer(),
});
export type Audience = Static<typeof Audience>;

export const FollowerTags = Type.Object({
  tags: Type.Array(Type.Object({ name: Type.String(), count: Type.Integer() })),
});
export type FollowerTags = Static<typeof FollowerTags>;
