import type { SendResult } from '../channel.ts';

/** Thrown by our own deadline around a whole send. */
export class SmtpDeadlineError extends Error {
  override name = 'SmtpDeadlineError';
}

/** Connection-level nodemailer codes: the server or the network may well be back later. */
const TRANSIENT_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EPROTOCOL',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
]);

/**
 * Classifies a failed SMTP send. A 4xx reply is a deferral (greylisting, full mailbox, rate limit)
 * and is retried; a 5xx reply is final. The reason keeps the reply code, the enhanced status code
 * (5.1.1) and the command: the reply text is left out because servers echo the address in it.
 */
export function smtpFault(error: unknown, timeoutMs: number): SendResult {
  if (error instanceof SmtpDeadlineError) {
    return { outcome: 'retry', reason: `SMTP server did not finish within ${timeoutMs} ms` };
  }
  const fields = error !== null && typeof error === 'object' ? (error as Record<string, unknown>) : {};
  const code = typeof fields['code'] === 'string' && /^E[A-Z]{2,20}$/.test(fields['code']) ? fields['code'] : undefined;
  const reply = typeof fields['responseCode'] === 'number' ? fields['responseCode'] : undefined;
  if (reply !== undefined && reply >= 400 && reply < 600) {
    const detail = replyDetail(reply, fields['response'], fields['command']);
    return reply < 500
      ? { outcome: 'retry', reason: `SMTP server deferred the message (${detail})` }
      : { outcome: 'failed', reason: `SMTP server refused the message (${detail})` };
  }
  if (code === 'ETIMEDOUT') return { outcome: 'retry', reason: `SMTP server did not answer within ${timeoutMs} ms` };
  if (code !== undefined && TRANSIENT_CODES.has(code)) {
    return { outcome: 'retry', reason: `SMTP connection failed (${code})` };
  }
  if (code === 'EAUTH') return { outcome: 'failed', reason: 'SMTP sign-in failed; check MOTCUA_SMTP_URL' };
  if (code === 'EENVELOPE' || code === 'EMESSAGE') {
    return { outcome: 'failed', reason: `SMTP client could not build the message (${code})` };
  }
  return { outcome: 'retry', reason: `SMTP send failed (${code ?? 'unexpected error'})` };
}

function replyDetail(reply: number, response: unknown, command: unknown): string {
  const enhanced =
    typeof response === 'string' ? /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(response)?.[1] : undefined;
  const verb = typeof command === 'string' && /^[A-Z][A-Z ]{1,20}$/.test(command) ? command : undefined;
  return [String(reply), enhanced, verb && `at ${verb}`].filter((part) => part !== undefined).join(' ');
}
