/**
 * The SMTP relay's settings (read with the rest in `config.ts`). The parsers are also used at send
 * time for a province's own relay and From (`channel.messaging`), so both are checked by one rule.
 */
export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (`smtps://`, usually port 465). */
  secure: boolean;
  /** Without `secure`: `auto` upgrades when the server offers STARTTLS, `required` refuses to go on without it. */
  startTls: 'auto' | 'required' | 'off';
  auth: { user: string; pass: string } | undefined;
  from: MailFrom;
  timeoutMs: number;
}

export interface MailFrom {
  name: string | undefined;
  address: string;
}

/** Where a relay is and how to sign in to it: an SMTP URL without the sender and the time limit. */
export type SmtpRelay = Omit<SmtpConfig, 'from' | 'timeoutMs'>;

/** Parsed, or why not; the problem never repeats the value (it holds a password). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const SMTP_URL_FORMS = 'expected smtp://[user:password@]host[:port] or smtps://…';

/** `smtp://[user:password@]host[:port][?starttls=auto|required|off]` or `smtps://…`. */
export function parseSmtpUrl(raw: string): Parsed<SmtpRelay> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: SMTP_URL_FORMS };
  }
  if (!/^smtps?:$/.test(url.protocol) || url.hostname === '' || !/^\/?$/.test(url.pathname)) {
    return { ok: false, problem: SMTP_URL_FORMS };
  }
  const secure = url.protocol === 'smtps:';
  const unknown = [...url.searchParams.keys()].filter((k) => k !== 'starttls');
  const startTls = url.searchParams.get('starttls') ?? 'auto';
  if (unknown.length > 0 || (startTls !== 'auto' && startTls !== 'required' && startTls !== 'off')) {
    return { ok: false, problem: 'the only query parameter is starttls=auto|required|off' };
  }
  let auth: SmtpRelay['auth'];
  try {
    auth =
      url.username === ''
        ? undefined
        : { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  } catch {
    return { ok: false, problem: 'bad %-escape in the user or password' };
  }
  return {
    ok: true,
    value: {
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
      secure,
      startTls,
      auth,
    },
  };
}

/** `noreply@example.vn` or `Trung tâm Phục vụ hành chính công <noreply@example.vn>` (the name may be quoted). */
export function parseMailFrom(raw: string): Parsed<MailFrom> {
  const value = raw.normalize('NFC').trim();
  const named = /^"?([^"<>]*?)"?\s*<([^\s<>@"]+@[^\s<>@"]+)>$/.exec(value);
  if (named) return { ok: true, value: { name: named[1] === '' ? undefined : named[1], address: named[2] ?? '' } };
  if (/^[^\s<>@"]+@[^\s<>@"]+$/.test(value)) return { ok: true, value: { name: undefined, address: value } };
  return { ok: false, problem: 'expected an address (noreply@example.vn) or Name <noreply@example.vn>' };
}

export function smtpOf(
  env: { MOTCUA_SMTP_URL?: string | undefined; MOTCUA_MAIL_FROM?: string | undefined; MOTCUA_SMTP_TIMEOUT_MS: number },
  invalid: (name: string, message: string) => Error,
): SmtpConfig | undefined {
  if (env.MOTCUA_SMTP_URL === undefined) {
    if (env.MOTCUA_MAIL_FROM !== undefined) throw invalid('MOTCUA_SMTP_URL', 'required when MOTCUA_MAIL_FROM is set');
    return undefined;
  }
  const relay = parseSmtpUrl(env.MOTCUA_SMTP_URL);
  if (!relay.ok) throw invalid('MOTCUA_SMTP_URL', relay.problem);
  if (env.MOTCUA_MAIL_FROM === undefined) throw invalid('MOTCUA_MAIL_FROM', 'required when MOTCUA_SMTP_URL is set');
  const from = parseMailFrom(env.MOTCUA_MAIL_FROM);
  if (!from.ok) throw invalid('MOTCUA_MAIL_FROM', from.problem);
  return { ...relay.value, from: from.value, timeoutMs: env.MOTCUA_SMTP_TIMEOUT_MS };
}
