import type { ApiKeyScope, WebhookEventType } from '@motcua/contracts';
import type { MessageKey } from '../../i18n/translate.ts';

/* Records keyed by the contracts' unions: a scope or an event type added there fails to compile here. */
const scopes = {
  'applications:read': true,
  'applications:export': true,
  'webhooks:manage': true,
} as const satisfies Record<ApiKeyScope, true>;

const events = {
  'application.submitted': true,
  'application.accepted': true,
  'application.refused': true,
  'application.supplement_requested': true,
  'application.supplement_received': true,
  'application.processing': true,
  'application.transferred': true,
  'application.payment_requested': true,
  'application.payment_confirmed': true,
  'application.rescheduled': true,
  'application.result_ready': true,
  'application.returned': true,
  'application.withdrawn': true,
  'application.stopped': true,
} as const satisfies Record<WebhookEventType, true>;

/** Every scope, in the order the form lists them. */
export const apiKeyScopes = Object.keys(scopes) as ApiKeyScope[];

/** Every webhook event type, in the order a dossier usually meets them. */
export const webhookEventTypes = Object.keys(events) as WebhookEventType[];

export function scopeKey(scope: ApiKeyScope): MessageKey {
  return `integrations.scope.${scope}`;
}

export function eventKey(type: WebhookEventType): MessageKey {
  return `integrations.event.${type}`;
}

export function deliveryStatusKey(status: 'pending' | 'delivered' | 'failed'): MessageKey {
  return `integrations.delivery.${status}`;
}
