import type { SmsGatewayConfig } from '../../../config/config.ts';
import type { Channel, OutboundMessage, SendResult } from '../channel.ts';
import { buildSmsRequest } from './sms-request.ts';
import { smsOutcome } from './sms-response.ts';
import { gatewayPhone, withoutDiacritics } from './sms-text.ts';

export interface HttpSmsGatewayDeps {
  /** Milliseconds since the epoch, for Retry-After dates. */
  now?: () => number;
}

/**
 * SMS through a provider's HTTP API, described entirely by configuration (URL, method, auth, body
 * template, where the message id and the success flag are), so that a province can use whichever
 * brand-name SMS gateway it has a contract with. The delivery id travels in the template as the
 * gateway's client reference, so a gateway that deduplicates on it absorbs a retried send.
 */
export function createHttpSmsChannel(config: SmsGatewayConfig, deps: HttpSmsGatewayDeps = {}): Channel {
  const now = deps.now ?? Date.now;
  return {
    kind: 'sms',
    deduplicates: config.deduplicates,
    canReach: (to) => gatewayPhone(to.phone, config.phoneFormat) !== undefined,
    send: (message) => sendSms(config, message, now),
  };
}

async function sendSms(config: SmsGatewayConfig, message: OutboundMessage, now: () => number): Promise<SendResult> {
  const { content } = message;
  if (content.kind !== 'text') {
    return { outcome: 'failed', reason: `SMS carries plain text only, not ${content.kind} content` };
  }
  const phone = gatewayPhone(message.to.phone, config.phoneFormat);
  if (phone === undefined) return { outcome: 'unreachable', reason: 'no phone number this SMS gateway can take' };
  const text = content.text.normalize('NFC');
  const request = buildSmsRequest(config, {
    phone,
    text: config.asciiOnly ? withoutDiacritics(text) : text,
    deliveryId: message.deliveryId,
    sender: config.sender ?? '',
  });
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    const body = await response.text();
    return smsOutcome(
      { status: response.status, retryAfter: response.headers.get('retry-after'), body },
      config,
      message.deliveryId,
      now(),
    );
  } catch (error) {
    return transportFault(error, config.timeoutMs);
  }
}

/** Timeouts and network errors are transient; the reason keeps only the error's code, never its message. */
function transportFault(error: unknown, timeoutMs: number): SendResult {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { outcome: 'retry', reason: `SMS gateway did not answer within ${timeoutMs} ms` };
  }
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  const code = cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  const safeCode = code !== undefined && /^[A-Z0-9_]{2,40}$/.test(code) ? code : 'network error';
  return { outcome: 'retry', reason: `SMS gateway unreachable (${safeCode})` };
}
