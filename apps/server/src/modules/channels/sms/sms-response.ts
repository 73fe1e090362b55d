import type { SmsGatewayConfig } from '../../../config/config.ts';
import type { SendResult } from '../channel.ts';
import { readJsonPointer } from './json-pointer.ts';

export interface GatewayAnswer {
  status: number;
  retryAfter: string | null;
  body: string;
}

/** Longest wait a gateway's Retry-After may ask for; anything longer is treated as this. */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * What the gateway's answer means. Reasons name the HTTP status and, where the answer has one at
 * the success pointer, the provider's short code; never the body, which often echoes the number or text.
 */
export function smsOutcome(
  answer: GatewayAnswer,
  config: SmsGatewayConfig,
  deliveryId: string,
  now: number,
): SendResult {
  const { status } = answer;
  const document = parsedJson(answer.body);
  const code = config.success ? providerCode(readJsonPointer(document, config.success.pointer)) : undefined;
  const codeNote = code === undefined ? '' : `, code ${code}`;
  if (status >= 200 && status < 300) {
    if (config.success && code !== config.success.value) {
      return { outcome: 'failed', reason: `SMS gateway did not accept the message (HTTP ${status}${codeNote})` };
    }
    const id = config.idPointer === undefined ? undefined : providerIdOf(readJsonPointer(document, config.idPointer));
    return { outcome: 'sent', providerId: id ?? deliveryId };
  }
  if (status === 408 || status === 425 || status === 429 || status >= 500) {
    const retryAfterMs = retryAfterMsOf(answer.retryAfter, now);
    const reason = `SMS gateway busy or failing (HTTP ${status}${codeNote})`;
    return retryAfterMs === undefined ? { outcome: 'retry', reason } : { outcome: 'retry', reason, retryAfterMs };
  }
  if (status >= 300 && status < 400) {
    return { outcome: 'failed', reason: `SMS gateway redirected (HTTP ${status}); check MOTCUA_SMS_URL` };
  }
  const hint = status === 401 || status === 403 ? '; check MOTCUA_SMS_AUTH' : '';
  return { outcome: 'failed', reason: `SMS gateway refused the message (HTTP ${status}${codeNote})${hint}` };
}

function parsedJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/**
 * A provider's status code, only when it looks like one (a short token without a run of digits that
 * could be a phone number), so that it can go into a reason.
 */
function providerCode(value: unknown): string | undefined {
  const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
  if (typeof text !== 'string' || !/^[\w.:-]{1,40}$/.test(text) || /\d{8,}/.test(text)) return undefined;
  return text;
}

function providerIdOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value !== '' && value.length <= 200 ? value : undefined;
}

/** Retry-After in delay-seconds or as an HTTP date (RFC 9110 §10.2.3). */
function retryAfterMsOf(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
}
