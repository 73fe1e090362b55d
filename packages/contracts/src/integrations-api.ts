import { Type, type Static } from '@sinclair/typebox';
import { TenantParams } from './catalog-api.ts';
import { LocalDate } from './reports-api.ts';

/**
 * What an API key may do: read any dossier of the province (without its look-up key), export the
 * province's dossiers in the national portal's status coding, manage webhook endpoints.
 */
export const apiKeyScopes = [
  'applications:read',
  'applications:export',
  'webhooks:manage',
] as const satisfies readonly ApiKeyScope[];
export const ApiKeyScope = Type.Union([
  Type.Literal('applications:read'),
  Type.Literal('applications:export'),
  Type.Literal('webhooks:manage'),
]);
export type ApiKeyScope = Static<typeof ApiKeyScope>;

/**
 * Dossier events an endpoint can subscribe to: one per workflow step that changes what the citizen
 * or the national portal sees (the status, the unit holding the dossier, the promised date).
 */
export const webhookEventTypes = [
  'application.submitted',
  'application.accepted',
  'application.refused',
  'application.supplement_requested',
  'application.supplement_received',
  'application.processing',
  'application.transferred',
  'application.payment_requested',
  'application.payment_confirmed',
  'application.rescheduled',
  'application.result_ready',
  'application.returned',
  'application.withdrawn',
  'application.stopped',
] as const satisfies readonly WebhookEventType[];
export const WebhookEventType = Type.Union([
  Type.Literal('application.submitted'),
  Type.Literal('application.accepted'),
  Type.Literal('application.refused'),
  Type.Literal('application.supplement_requested'),
  Type.Literal('application.supplement_received'),
  Type.Literal('application.processing'),
  Type.Literal('application.transferred'),
  Type.Literal('application.payment_requested'),
  Type.Literal('application.payment_confirmed'),
  Type.Literal('application.rescheduled'),
  Type.Literal('application.result_ready'),
  Type.Literal('application.returned'),
  Type.Literal('application.withdrawn'),
  Type.Literal('application.stopped'),
]);
export type WebhookEventType = Static<typeof WebhookEventType>;

const Instant = Type.String({ format: 'date-time' });
const NullableInstant = Type.Union([Instant, Type.Null()]);

export const IntegrationIdParams = Type.Object({
  tenant: TenantParams.properties.tenant,
  id: Type.String({ format: 'uuid' }),
});
export type IntegrationIdParams = Static<typeof IntegrationIdParams>;

export const DeliveryParams = Type.Object({
  tenant: TenantParams.properties.tenant,
  id: Type.String({ format: 'uuid' }),
  deliveryId: Type.String({ format: 'uuid' }),
});

export const NewApiKey = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, description: 'Whose system uses the key' }),
    scopes: Type.Array(ApiKeyScope, { minItems: 1, maxItems: apiKeyScopes.length, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type NewApiKey = Static<typeof NewApiKey>;

export const ApiKey = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  /** The public start of the key (`mc_xxxxxxxx`), to tell keys apart; the rest is never shown again. */
  prefix: Type.String(),
  scopes: Type.Array(ApiKeyScope),
  createdBy: Type.Object({ id: Type.String(), name: Type.String() }),
  createdAt: Instant,
  lastUsedAt: NullableInstant,
  revokedAt: NullableInstant,
});
export type ApiKey = Static<typeof ApiKey>;

/** A key just created: `secret` is the whole key, shown this once (a repeated request gets none). */
export const CreatedApiKey = Type.Composite([ApiKey, Type.Object({ secret: Type.Optional(Type.String()) })]);
export type CreatedApiKey = Static<typeof CreatedApiKey>;

export const ApiKeyList = Type.Object({ items: Type.Array(ApiKey) });
export type ApiKeyList = Static<typeof ApiKeyList>;

export const NewWebhookEndpoint = Type.Object(
  {
    url: Type.String({ minLength: 8, maxLength: 2000, description: 'https:// (http:// outside production)' }),
    events: Type.Array(WebhookEventType, { minItems: 1, maxItems: webhookEventTypes.length, uniqueItems: true }),
    description: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type NewWebhookEndpoint = Static<typeof NewWebhookEndpoint>;

export const WebhookEndpointUpdate = Type.Object(
  {
    url: Type.Optional(NewWebhookEndpoint.properties.url),
    events: Type.Optional(NewWebhookEndpoint.properties.events),
    description: Type.Optional(Type.String({ maxLength: 200 })),
    /** false: no more deliveries; true: deliveries resume (the failure count starts again). */
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type WebhookEndpointUpdate = Static<typeof WebhookEndpointUpdate>;

export const WebhookDisabledReason = Type.Union([Type.Literal('manual'), Type.Literal('failing')]);

export const WebhookEndpoint = Type.Object({
  id: Type.String({ format: 'uuid' }),
  url: Type.String(),
  description: Type.String(),
  events: Type.Array(WebhookEventType),
  enabled: Type.Boolean(),
  /** Why deliveries stopped: switched off, or switched off automatically after repeated failures. */
  disabledReason: Type.Union([WebhookDisabledReason, Type.Null()]),
  disabledAt: NullableInstant,
  /** Failed attempts in a row since the last success. */
  consecutiveFailures: Type.Integer(),
  failingSince: NullableInstant,
  /** The last failure's HTTP status (null: no answer) and short reason, e.g. `HTTP 500`, `timeout`. */
  lastFailure: Type.Union([
    Type.Object({ at: Instant, statusCode: Type.Union([Type.Integer(), Type.Null()]), error: Type.String() }),
    Type.Null(),
  ]),
  pending: Type.Integer({ description: 'Deliveries waiting to be sent' }),
  createdAt: Instant,
});
export type WebhookEndpoint = Static<typeof WebhookEndpoint>;

/** An endpoint just created: `secret` signs its deliveries and is shown this once. */
export const CreatedWebhookEndpoint = Type.Composite([
  WebhookEndpoint,
  Type.Object({ secret: Type.Optional(Type.String()) }),
]);
export type CreatedWebhookEndpoint = Static<typeof CreatedWebhookEndpoint>;

export const WebhookEndpointList = Type.Object({ items: Type.Array(WebhookEndpoint) });
export type WebhookEndpointList = Static<typeof WebhookEndpointList>;

export const WebhookDeliveryStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('delivered'),
  Type.Literal('failed'),
]);

/** One delivery of one event to one endpoint: the same `id` on every attempt and every replay. */
export const WebhookDelivery = Type.Object({
  id: Type.String({ format: 'uuid' }),
  seq: Type.Integer({ description: 'Order of the deliveries to this endpoint' }),
  type: WebhookEventType,
  code: Type.String({ description: 'The dossier code' }),
  occurredAt: Instant,
  status: WebhookDeliveryStatus,
  attempts: Type.Integer(),
  nextAttemptAt: NullableInstant,
  lastAttemptAt: NullableInstant,
  lastStatusCode: Type.Union([Type.Integer(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  lastDurationMs: Type.Union([Type.Integer(), Type.Null()]),
  deliveredAt: NullableInstant,
  replays: Type.Integer(),
});
export type WebhookDelivery = Static<typeof WebhookDelivery>;

export const WebhookDeliveryQuery = Type.Object({
  /** Deliveries before this `seq` (the next page). */
  before: Type.Optional(Type.Integer({ minimum: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  status: Type.Optional(WebhookDeliveryStatus),
});
export type WebhookDeliveryQuery = Static<typeof WebhookDeliveryQuery>;

export const WebhookDeliveryList = Type.Object({
  items: Type.Array(WebhookDelivery),
  /** `before` for the next page; absent on the last one. */
  next: Type.Optional(Type.Integer()),
});
export type WebhookDeliveryList = Static<typeof WebhookDeliveryList>;

/** The body of every webhook request (`Motcua-Signature` signs it). */
export const WebhookPayload = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Stable delivery id: the same on every retry and replay' }),
  type: WebhookEventType,
  occurredAt: Instant,
  tenant: Type.String(),
  data: Type.Object({
    eventId: Type.String({ format: 'uuid' }),
    code: Type.String(),
    procedureCode: Type.String(),
    action: Type.String(),
    status: Type.String(),
    statusLabel: Type.String(),
    nationalStatus: Type.Integer({ minimum: 1, maximum: 10 }),
    unit: Type.Object({ eid: Type.String(), name: Type.String() }),
    channel: Type.String(),
    submittedAt: Instant,
    receivedAt: NullableInstant,
    dueAt: NullableInstant,
    originalDueAt: NullableInstant,
    rescheduledDueAt: NullableInstant,
    resultReadyAt: NullableInstant,
    returnedAt: NullableInstant,
  }),
});
export type WebhookPayload = Static<typeof WebhookPayload>;

export const ExportQuery = Type.Object({
  /** First day of submission (Vietnam local day, yyyy-MM-dd); default: the first day of `to`'s month. */
  from: Type.Optional(LocalDate),
  /** Last day of submission, included; default: today. */
  to: Type.Optional(LocalDate),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')], { default: 'csv' })),
});
export type ExportQuery = Static<typeof ExportQuery>;

/** One row of the export: a dossier in the national portal's coding, with the dates QĐ 766 uses. */
export const ExportRow = Type.Object({
  code: Type.String(),
  procedureCode: Type.String(),
  status: Type.Integer({ minimum: 1, maximum: 10, description: 'TrangThaiHoSo' }),
  statusLabel: Type.String(),
  channel: Type.String({ description: 'counter | online | zalo | postal' }),
  nationalChannel: Type.Integer({ description: 'KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính' }),
  unitEid: Type.String(),
  submittedAt: Instant,
  receivedAt: NullableInstant,
  dueAt: NullableInstant,
  originalDueAt: NullableInstant,
  rescheduledDueAt: NullableInstant,
  resultReadyAt: NullableInstant,
  returnedAt: NullableInstant,
  endedAt: NullableInstant,
  supplementCount: Type.Integer(),
  onTime: Type.Union([Type.Boolean(), Type.Null()]),
});
export type ExportRow = Static<typeof ExportRow>;

export const ExportDocument = Type.Object({
  from: Type.String(),
  to: Type.String(),
  items: Type.Array(ExportRow),
});
