import { Type, type Static } from '@sinclair/typebox';

/** One try of one route for a citizen notice (the delivery record). */
export const NoticeAttempt = Type.Object({
  route: Type.Union([
    Type.Literal('zalo_cs'),
    Type.Literal('zalo_template'),
    Type.Literal('sms'),
    Type.Literal('email'),
  ]),
  attempt: Type.Integer(),
  state: Type.String({ description: 'sending | sent | retry | unreachable | failed | in_doubt' }),
  reason: Type.Union([Type.String(), Type.Null()]),
  providerId: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.String({ format: 'date-time' }),
  deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When the provider reported the message reached the phone (Zalo delivery receipt)',
  }),
  seenAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When the provider reported the citizen opened it',
  }),
});
export type NoticeAttempt = Static<typeof NoticeAttempt>;

export const NoticeItem = Type.Object({
  deliveryId: Type.String({ format: 'uuid' }),
  code: Type.String({ description: 'The dossier code' }),
  intent: Type.String({ description: 'e.g. application.accepted, visit.reminder' }),
  status: Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('dead'), Type.Literal('void')]),
  route: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  settledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  attempts: Type.Array(NoticeAttempt),
});
export type NoticeItem = Static<typeof NoticeItem>;

export const NoticeList = Type.Object({
  items: Type.Array(NoticeItem),
  /** Pass as `before` for the next page; absent on the last page. */
  next: Type.Optional(Type.String({ format: 'date-time' })),
});
export type NoticeList = Static<typeof NoticeList>;

export const NoticeListQuery = Type.Object({
  status: Type.Union([Type.Literal('dead'), Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('void')], {
    default: 'dead',
  }),
  before: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
});
export type NoticeListQuery = Static<typeof NoticeListQuery>;
