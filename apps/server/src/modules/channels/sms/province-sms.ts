import type { JsonValue, SmsGatewayConfig } from '../../../config/config.ts';
import type { Channel, SendResult } from '../channel.ts';
import {
  refused,
  sendersFor,
  variableName,
  type ProvinceMessagingSource,
  type ProvinceSenders,
  type Resolved,
} from '../province-messaging.ts';
import { createHttpSmsChannel, type HttpSmsGatewayDeps } from './http-sms-gateway.ts';
import { gatewayPhone } from './sms-text.ts';

/**
 * The deployment's gateway with the province's own sender and credential in place of the
 * deployment's. The secret is the part of `MOTCUA_SMS_AUTH` that is the credential: the bearer token,
 * the value of the API-key header (its name stays), or `<user>:<password>` for basic auth.
 */
export function smsGatewayFor(
  base: SmsGatewayConfig,
  own: ProvinceSenders['sms'],
  secret: (name: string) => string | undefined,
): Resolved<SmsGatewayConfig> {
  if (!own) return { ok: true, config: base };
  if (!usesSender(base.body)) {
    return refused(
      "MOTCUA_SMS_BODY has no {{sender}}, so the province's own SMS sender (sms.sender) cannot be sent; add it to the template",
    );
  }
  const config = { ...base, sender: own.sender.normalize('NFC') };
  if (own.secretEnv === undefined) return { ok: true, config };
  const name = variableName(own.secretEnv);
  const value = secret(own.secretEnv);
  if (value === undefined || value === '') {
    return refused(`environment variable ${name} (the province's SMS gateway credential, sms.secretEnv) is not set`);
  }
  switch (base.auth.kind) {
    case 'none':
      return refused(
        "MOTCUA_SMS_AUTH is none: the gateway takes no credential, so the province's sms.secretEnv has nothing to replace",
      );
    case 'bearer':
      return { ok: true, config: { ...config, auth: { kind: 'bearer', token: value } } };
    case 'header':
      return { ok: true, config: { ...config, auth: { ...base.auth, value } } };
    case 'basic': {
      const at = value.indexOf(':');
      if (at <= 0)
        return refused(`environment variable ${name} must hold <user>:<password> (MOTCUA_SMS_AUTH is basic)`);
      return {
        ok: true,
        config: { ...config, auth: { kind: 'basic', user: value.slice(0, at), password: value.slice(at + 1) } },
      };
    }
  }
}

function usesSender(body: SmsGatewayConfig['body']): boolean {
  const strings = body.kind === 'json' ? stringsIn(body.template) : body.fields.map(([, value]) => value);
  return strings.some((s) => s.includes('{{sender}}'));
}

function stringsIn(value: JsonValue): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(stringsIn);
}

/**
 * SMS through the deployment's HTTP gateway, under each province's own sender and credential when
 * it has them (read at every send), else the deployment's. A province whose variable is missing
 * gets a `failed` send naming the variable — never another sender.
 */
export function createProvinceSmsChannel(
  base: SmsGatewayConfig,
  source: ProvinceMessagingSource,
  deps: HttpSmsGatewayDeps = {},
): Channel {
  const shared = createHttpSmsChannel(base, deps);
  return {
    kind: 'sms',
    deduplicates: base.deduplicates,
    canReach: (to) => gatewayPhone(to.phone, base.phoneFormat) !== undefined,
    async send(message) {
      if (gatewayPhone(message.to.phone, base.phoneFormat) === undefined) return shared.send(message);
      const senders = await sendersFor(source, message.tenantId);
      if (!senders.ok) return senders.result;
      const resolved = smsGatewayFor(base, senders.config?.sms, source.secret);
      if (!resolved.ok) return resolved.result;
      if (resolved.config === base) return shared.send(message);
      const result = await createHttpSmsChannel(resolved.config, deps).send(message);
      const secretEnv = senders.config?.sms?.secretEnv;
      return secretEnv === undefined ? result : pointingAt(result, variableName(secretEnv));
    },
  };
}

/** A credential refused for the province points at its variable, not the deployment's. */
function pointingAt(result: SendResult, name: string): SendResult {
  if (result.outcome === 'sent') return result;
  return { ...result, reason: result.reason.replace('check MOTCUA_SMS_AUTH', `check ${name} (sms.secretEnv)`) };
}
