import { createHash } from 'node:crypto';
import type { EventFeed } from './events.ts';
import type { ZaloSimOptions } from './options.ts';

/**
 * §7.2: `X-ZEvent-Signature: mac=<hex>` where hex is the plain SHA-256 (not an HMAC) of
 * appId + rawBody + timestamp + secret, `timestamp` being the field inside the body.
 */
export function webhookMac(firstTerm: string, rawBody: string, timestamp: string, secret: string): string {
  return createHash('sha256')
    .update(firstTerm + rawBody + timestamp + secret)
    .digest('hex');
}

/** Every event body carries `event_name` and `timestamp` (ms since epoch, as a string; §7.3). */
export interface WebhookEvent {
  event_name: string;
  timestamp: string;
  [field: string]: unknown;
}

export interface DeliveryAttempt {
  /** 0 for the first try; the `num_retry` header value for retries. */
  numRetry: number;
  at: string;
  /** The receiver's HTTP status, or why there was none. */
  outcome: number | 'timeout' | 'network_error';
}

export interface WebhookDelivery {
  seq: number;
  eventName: string;
  url: string | null;
  body: string;
  signature: string;
  attempts: DeliveryAttempt[];
  state: 'pending' | 'delivered' | 'failed' | 'no_url';
}

/**
 * Posts events to the app's webhook URL, signed, retrying on anything but a timely HTTP 200 along
 * the ladder of §7.1/§13.3 (scaled by `webhookRetryScale`).
 */
export class Webhooks {
  url: string | undefined;
  private readonly log: WebhookDelivery[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly closing = new AbortController();
  private seq = 0;

  constructor(
    private readonly options: ZaloSimOptions,
    private readonly feed: EventFeed,
  ) {
    this.url = options.webhookUrl;
  }

  send(event: WebhookEvent, from: 'oa' | 'zns' = 'oa'): WebhookDelivery {
    const body = JSON.stringify(event);
    const { options } = this;
    const firstTerm = options.webhookMacFirstTerm === 'oaId' ? options.oaId : options.appId;
    const secret = options.webhookSecret === 'appSecret' ? options.appSecret : options.oaSecretKey;
    this.seq += 1;
    const delivery: WebhookDelivery = {
      seq: this.seq,
      eventName: event.event_name,
      url: this.url ?? null,
      body,
      signature: `mac=${webhookMac(firstTerm, body, event.timestamp, secret)}`,
      attempts: [],
      state: this.url === undefined ? 'no_url' : 'pending',
    };
    this.log.push(delivery);
    if (this.url !== undefined) this.track(this.deliver(delivery, this.url, event.timestamp, from));
    return delivery;
  }

  deliveries(): readonly WebhookDelivery[] {
    return this.log;
  }

  /** Resolves once no delivery is in flight or waiting for a retry. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  close(): void {
    this.closing.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private async deliver(delivery: WebhookDelivery, url: string, timestamp: string, from: 'oa' | 'zns'): Promise<void> {
    const ladder = this.options.webhookRetryDelaysMs;
    for (let numRetry = 0; numRetry <= ladder.length; numRetry += 1) {
      if (numRetry > 0) await this.sleep((ladder[numRetry - 1] ?? 0) * this.options.webhookRetryScale);
      if (this.closing.signal.aborted) return;
      const outcome = await this.attempt(delivery, url, timestamp, from, numRetry);
      delivery.attempts.push({ numRetry, at: new Date().toISOString(), outcome });
      if (outcome === 200) {
        delivery.state = 'delivered';
        break;
      }
    }
    if (delivery.state === 'pending') delivery.state = 'failed';
    this.feed.append('webhook_delivery', { seq: delivery.seq, eventName: delivery.eventName, state: delivery.state });
  }

  private async attempt(
    delivery: WebhookDelivery,
    url: string,
    timestamp: string,
    from: 'oa' | 'zns',
    numRetry: number,
  ): Promise<DeliveryAttempt['outcome']> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-zevent-signature': delivery.signature,
    };
    // §7.1/§13.3: retries say which retry they are.
    if (numRetry > 0) headers['num_retry'] = String(numRetry);
    if (this.options.webhookZEventHeaders) {
      headers['x-zevent-timestamp'] = timestamp;
      if (from === 'zns') headers['x-zevent-server'] = 'ZNS';
    }
    const timeout = AbortSignal.timeout(this.options.webhookTimeoutMs);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: delivery.body,
        signal: AbortSignal.any([timeout, this.closing.signal]),
      });
      await response.body?.cancel();
      return response.status;
    } catch {
      return timeout.aborted ? 'timeout' : 'network_error';
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
      this.closing.signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
}
