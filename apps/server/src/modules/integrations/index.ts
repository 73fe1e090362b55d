/**
 * Integrations: API keys with scopes for the province's other systems, signed outbound webhooks of
 * dossier events with stable delivery ids, and the export in the national portal's status coding.
 */
export { integratorRoutes, type IntegratorRoutesDeps } from './integrator.routes.ts';
export { consoleIntegrationRoutes, type ConsoleIntegrationRoutesDeps } from './console-integrations.routes.ts';
export { webhookTasks } from './jobs/webhook.jobs.ts';
export { httpWebhookSender } from './webhook-sender.ts';
export { parseAllowList } from './domain/address-policy.ts';
export type { WebhookSettings } from './ports.ts';
