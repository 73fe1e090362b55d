import { parseMailFrom, parseSmtpUrl, type SmtpConfig, type SmtpRelay } from '../../../config/smtp-env.ts';
import type { Channel, SendResult } from '../channel.ts';
import {
  refused,
  sendersFor,
  variableName,
  type ProvinceMessagingSource,
  type ProvinceSenders,
  type Resolved,
} from '../province-messaging.ts';
import { createSmtpEmailChannel, isUsableEmail } from './smtp-email.ts';

/**
 * The relay and From of one province's e-mail: its own From (checked as `MOTCUA_MAIL_FROM` is) and,
 * when `email.secretEnv` names a variable, the SMTP URL in it (checked as `MOTCUA_SMTP_URL` is);
 * otherwise the deployment's. Neither the variable's value nor the From is ever put in a reason.
 */
export function smtpFor(
  base: SmtpConfig | undefined,
  own: ProvinceSenders['email'],
  secret: (name: string) => string | undefined,
  timeoutMs: number,
): Resolved<SmtpConfig> {
  if (!own) {
    if (base) return { ok: true, config: base };
    return {
      ok: false,
      result: { outcome: 'unreachable', reason: 'no e-mail relay for this province (MOTCUA_SMTP_URL is not set)' },
    };
  }
  const from = parseMailFrom(own.from);
  if (!from.ok) return refused(`the province's e-mail From (email.from) is invalid: ${from.problem}`);
  let relay: SmtpRelay;
  if (own.secretEnv !== undefined) {
    const name = variableName(own.secretEnv);
    const value = secret(own.secretEnv);
    if (value === undefined || value === '') {
      return refused(`environment variable ${name} (the province's SMTP URL, email.secretEnv) is not set`);
    }
    const parsed = parseSmtpUrl(value);
    if (!parsed.ok) return refused(`environment variable ${name} does not hold an SMTP URL: ${parsed.problem}`);
    relay = parsed.value;
  } else if (base) {
    relay = base;
  } else {
    return {
      ok: false,
      result: {
        outcome: 'unreachable',
        reason: 'no e-mail relay for this province (neither MOTCUA_SMTP_URL nor email.secretEnv)',
      },
    };
  }
  const { host, port, secure, startTls, auth } = relay;
  return { ok: true, config: { host, port, secure, startTls, auth, from: from.value, timeoutMs } };
}

/**
 * E-mail under each province's own From, through its own mail server when it has one (both read at
 * every send), else the deployment's relay and From. A province whose variable is missing gets a
 * `failed` send naming the variable — never another province's relay or From.
 */
export function createProvinceEmailChannel(
  base: SmtpConfig | undefined,
  source: ProvinceMessagingSource,
  timeoutMs: number,
): Channel {
  const shared = base ? createSmtpEmailChannel(base) : undefined;
  return {
    kind: 'email',
    // SMTP relays do not recognise a resent Message-ID: a resend would arrive twice.
    deduplicates: false,
    canReach: (to) => isUsableEmail(to.email),
    async send(message) {
      if (!isUsableEmail(message.to.email)) return { outcome: 'unreachable', reason: 'no usable e-mail address' };
      const senders = await sendersFor(source, message.tenantId);
      if (!senders.ok) return senders.result;
      const own = senders.config?.email;
      const resolved = smtpFor(base, own, source.secret, timeoutMs);
      if (!resolved.ok) return resolved.result;
      if (resolved.config === base && shared) return shared.send(message);
      const result = await createSmtpEmailChannel(resolved.config).send(message);
      return own?.secretEnv === undefined ? result : pointingAt(result, variableName(own.secretEnv));
    },
  };
}

/** A sign-in refused by the province's own server points at its variable, not the deployment's. */
function pointingAt(result: SendResult, name: string): SendResult {
  if (result.outcome === 'sent') return result;
  return { ...result, reason: result.reason.replace('check MOTCUA_SMTP_URL', `check ${name} (email.secretEnv)`) };
}
