import { createHmac, randomBytes } from 'node:crypto';

/** `whsec_` and 43 characters: the secret a receiver checks signatures with. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * The headers of one attempt: the stable delivery id, the time of the attempt (Unix seconds), and
 * `v1=` + hex HMAC-SHA256 of `<timestamp>.<body>` keyed with the secret's UTF-8 bytes. Signing the
 * timestamp with the body lets receivers refuse an old request replayed at them.
 */
export function signedHeaders(secret: string, deliveryId: string, type: string, body: string, now: Date) {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'MotCua-Webhooks/1',
    'motcua-delivery-id': deliveryId,
    'motcua-event-type': type,
    'motcua-timestamp': timestamp,
    'motcua-signature': `v1=${signature}`,
  };
}
