import { Type, type Static } from '@sinclair/typebox';

/** RFC 9457 problem details, with our stable `code` and field errors as JSON pointers. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: 'Stable MODULE.REASON code' }),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ pointer: Type.String(), message: Type.String() }))),
  },
  { description: 'application/problem+json' },
);
export type Problem = Static<typeof Problem>;
