import { Type, type Static } from '@sinclair/typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const UnitRefView = Type.Object({ id: Type.String(), name: Type.String() });
const StepResult = Type.Union([Type.Literal('early'), Type.Literal('on_time'), Type.Literal('late')]);

/** A dossier as the officers' console shows it (`GET /console/applications/{code}`). */
export const DossierDetail = Type.Object({
  code: Type.String(),
  procedure: Type.Object({ code: Type.String(), name: Type.String(), version: Type.Integer() }),
  caseKey: Type.String(),
  caseName: Type.String(),
  channel: Type.String(),
  status: Type.Integer({ minimum: 1, maximum: 10 }),
  statusKey: Type.String(),
  statusLabel: Type.String(),
  subStatus: Nullable(Type.String()),
  unit: UnitRefView,
  currentUnit: UnitRefView,
  assignee: Nullable(UnitRefView),
  applicant: Type.Object({
    fullName: Type.String(),
    phone: Type.String(),
    email: Type.Optional(Type.String()),
    idNumber: Type.Optional(Type.String()),
    address: Type.Optional(Type.String()),
  }),
  filer: Type.Unknown(),
  form: Type.Unknown(),
  formSchema: Nullable(Type.Object({ schema: Type.Unknown(), uiSchema: Type.Unknown() })),
  documents: Type.Array(
    Type.Object({
      uploadId: Type.String(),
      documentKey: Type.String(),
      documentName: Type.String(),
      contentType: Type.String(),
      size: Type.Integer(),
      supplement: Type.Boolean(),
      addedAt: Type.String(),
      quality: Type.Object({
        ok: Type.Boolean(),
        issues: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
      }),
    }),
  ),
  submittedAt: Type.String(),
  receivedAt: Nullable(Type.String()),
  dueAt: Nullable(Type.String()),
  rescheduledDueAt: Nullable(Type.String()),
  rescheduleReason: Nullable(Type.String()),
  resultReadyAt: Nullable(Type.String()),
  returnedAt: Nullable(Type.String()),
  overdue: Type.Boolean(),
  early: Type.Boolean(),
  supplementCount: Type.Integer(),
  supplementRequest: Nullable(Type.Object({ items: Type.Array(Type.String()), note: Type.Optional(Type.String()) })),
  fee: Nullable(Type.Object({ amount: Type.Integer(), paid: Type.Boolean() })),
  revision: Type.Integer(),
  allowedActions: Type.Array(Type.String()),
  timeline: Type.Array(
    Type.Object({
      at: Type.String(),
      action: Type.String(),
      actorType: Type.String(),
      actorName: Nullable(Type.String()),
      role: Nullable(Type.String()),
      fromStatus: Nullable(Type.String()),
      toStatus: Type.String(),
      statusLabel: Type.String(),
      fromUnit: Nullable(Type.String()),
      toUnit: Nullable(Type.String()),
      reason: Nullable(Type.String()),
    }),
  ),
  handoffs: Type.Array(
    Type.Object({
      fromUnit: Type.String(),
      toUnit: Type.String(),
      handedBy: Nullable(Type.String()),
      receivedBy: Nullable(Type.String()),
      handedAt: Type.String(),
      receivedAt: Nullable(Type.String()),
      stepDueAt: Nullable(Type.String()),
      result: Nullable(StepResult),
    }),
  ),
  forms: Type.Array(Type.Object({ form: Type.String(), title: Type.String(), url: Type.String() })),
  notices: Type.Array(
    Type.Object({ deliveryId: Type.String(), intent: Type.String(), status: Type.String(), createdAt: Type.String() }),
  ),
});
export type DossierDetail = Static<typeof DossierDetail>;
