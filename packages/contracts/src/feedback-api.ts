import { Type, type Static } from '@sinclair/typebox';

/** The citizen's rating of a dossier's handling (QĐ 766/QĐ-TTg): Rất hài lòng / Hài lòng / Không hài lòng. */
export const FeedbackRating = Type.Union(
  [Type.Literal('very_satisfied'), Type.Literal('satisfied'), Type.Literal('unsatisfied')],
  { description: 'very_satisfied = Rất hài lòng, satisfied = Hài lòng, unsatisfied = Không hài lòng' },
);
export type FeedbackRating = Static<typeof FeedbackRating>;

/** `POST /applications/{code}/feedback?key=`: once the result was handed over; a reason when unsatisfied. */
export const FeedbackBody = Type.Object({
  rating: FeedbackRating,
  reason: Type.Optional(
    Type.String({ minLength: 1, maxLength: 1000, description: 'Required when unsatisfied; NFC-normalised' }),
  ),
  channel: Type.Optional(
    Type.Union([Type.Literal('web'), Type.Literal('zalo')], {
      description: 'Where the rating was given; web by default',
    }),
  ),
});
export type FeedbackBody = Static<typeof FeedbackBody>;

export const FeedbackGiven = Type.Object({
  rating: FeedbackRating,
  reason: Type.Optional(Type.String()),
  at: Type.String({ format: 'date-time' }),
});
export type FeedbackGiven = Static<typeof FeedbackGiven>;

const Day = Type.String({
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
  description: 'Ngày theo giờ Việt Nam, yyyy-MM-dd (both ends included)',
});

/** `GET /console/feedback`: ratings of dossiers received by the officer's units, newest first. */
export const ConsoleFeedbackQuery = Type.Object({
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  rating: Type.Optional(FeedbackRating),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});
export type ConsoleFeedbackQuery = Static<typeof ConsoleFeedbackQuery>;

export const ConsoleFeedbackItem = Type.Object({
  code: Type.String(),
  procedureName: Type.String(),
  rating: FeedbackRating,
  reason: Type.Union([Type.String(), Type.Null()]),
  at: Type.String({ format: 'date-time' }),
});
export type ConsoleFeedbackItem = Static<typeof ConsoleFeedbackItem>;

export const ConsoleFeedbackList = Type.Object({
  items: Type.Array(ConsoleFeedbackItem),
  total: Type.Integer({ minimum: 0 }),
});
export type ConsoleFeedbackList = Static<typeof ConsoleFeedbackList>;
