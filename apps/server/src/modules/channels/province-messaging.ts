import type { SendResult } from './channel.ts';

/**
 * A province's own SMS sender (brand name) and e-mail From, each with the name of the environment
 * variable holding the province's own gateway secret when it has one (the tenant setting
 * `channel.messaging`). Only names are stored; values are read from the environment at send time.
 */
export interface ProvinceSenders {
  /** `secretEnv`: the credential the SMS gateway is called with for this province (docs/channels.md). */
  sms?: { sender: string; secretEnv?: string | undefined } | undefined;
  /** `secretEnv`: a full SMTP URL of the province's own mail server. */
  email?: { from: string; secretEnv?: string | undefined } | undefined;
}

/** The province's senders as stored, or why the stored setting cannot be used. */
export type ProvinceSendersLookup =
  { ok: true; messaging: ProvinceSenders | undefined } | { ok: false; problem: string };

/**
 * Where the SMS and e-mail channels learn, at each send, whose name a message goes out under: a
 * province is added to (or changes its setting in) a running system, so nothing is read once at start.
 */
export interface ProvinceMessagingSource {
  sendersOf: (tenantId: string) => Promise<ProvinceSendersLookup>;
  /** The value of the environment variable a province's setting names. */
  secret: (name: string) => string | undefined;
}

/** A channel's settings for one province's message, or what the send comes to without it. */
export type Resolved<T> =
  { ok: true; config: T } | { ok: false; result: Extract<SendResult, { outcome: 'failed' | 'unreachable' | 'retry' }> };

export function refused(reason: string): Resolved<never> {
  return { ok: false, result: { outcome: 'failed', reason } };
}

/** A variable's name as a reason may show it (a name, never its value). */
export function variableName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name) ? name : '(an invalid name)';
}

/**
 * The province's senders for one send. A failure to read them is transient (the database may be
 * back in a moment); a stored setting that does not check is the province's to fix, so the notice fails.
 */
export async function sendersFor(
  source: ProvinceMessagingSource,
  tenantId: string,
): Promise<Resolved<ProvinceSenders | undefined>> {
  let lookup: ProvinceSendersLookup;
  try {
    lookup = await source.sendersOf(tenantId);
  } catch {
    return { ok: false, result: { outcome: 'retry', reason: "could not read the province's sender settings" } };
  }
  return lookup.ok ? { ok: true, config: lookup.messaging } : refused(lookup.problem);
}
