import { Type, type Static, type TObject } from '@sinclair/typebox';
import ipaddr from 'ipaddr.js';

/** The environment variables of API keys and outbound webhooks (read with the rest in `config.ts`). */
export const integrationsEnv = {
  /** Private hosts webhooks may reach: host names, addresses or CIDR networks, comma-separated. */
  MOTCUA_WEBHOOK_ALLOW_HOSTS: Type.Optional(Type.String({ minLength: 1 })),
  MOTCUA_WEBHOOK_MAX_FAILURES: Type.Integer({ minimum: 1, maximum: 1000, default: 10 }),
  MOTCUA_WEBHOOK_MAX_FAILING_HOURS: Type.Integer({ minimum: 1, maximum: 720, default: 24 }),
  MOTCUA_WEBHOOK_TIMEOUT_MS: Type.Integer({ minimum: 500, maximum: 60_000, default: 10_000 }),
  MOTCUA_API_KEY_RATE_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 100_000, default: 600 }),
};
type IntegrationsEnv = Static<TObject<typeof integrationsEnv>>;

export interface IntegrationsConfig {
  /** Private or loopback hosts, addresses and networks webhooks may reach (none by default). */
  webhookAllowHosts: string[];
  /** Failed attempts in a row after which an endpoint is switched off. */
  webhookMaxFailures: number;
  /** Or hours of failing without a success. */
  webhookMaxFailingHours: number;
  /** Time limit of one webhook request. */
  webhookTimeoutMs: number;
  /** Requests a minute one API key may make. */
  apiKeyRatePerMinute: number;
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

export function integrationsOf(
  env: IntegrationsEnv,
  invalid: (name: string, message: string) => Error,
): IntegrationsConfig {
  const hosts = (env.MOTCUA_WEBHOOK_ALLOW_HOSTS ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  const bad = hosts.filter((h) => !ipaddr.isValid(h) && !ipaddr.isValidCIDR(h) && !HOST_NAME.test(h));
  if (bad.length > 0) {
    throw invalid('MOTCUA_WEBHOOK_ALLOW_HOSTS', `not a host name, address or CIDR network: ${bad.join(', ')}`);
  }
  return {
    webhookAllowHosts: hosts,
    webhookMaxFailures: env.MOTCUA_WEBHOOK_MAX_FAILURES,
    webhookMaxFailingHours: env.MOTCUA_WEBHOOK_MAX_FAILING_HOURS,
    webhookTimeoutMs: env.MOTCUA_WEBHOOK_TIMEOUT_MS,
    apiKeyRatePerMinute: env.MOTCUA_API_KEY_RATE_PER_MINUTE,
  };
}
