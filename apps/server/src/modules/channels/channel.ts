/**
 * The port every outbound channel implements: Zalo OA consultation message (CS), Zalo template
 * message by phone (ZNS), SMS and e-mail. The notifications module picks the route per citizen and
 * renders the content; a channel only carries it and says what happened, in the same words for all.
 */
export type ChannelKind = 'zalo_cs' | 'zalo_template' | 'sms' | 'email';

/** Who to reach; each channel reads the address it needs. */
export interface Recipient {
  /** The OA-scoped Zalo user id (webhook `sender.id`), for consultation messages. */
  zaloUserId?: string;
  /** E.164 without '+': `84912345678`. */
  phone?: string;
  email?: string;
}

/** What to send, already rendered for the channel by the notifications module. */
export type Content =
  | {
      kind: 'text';
      /** Plain text, NFC. Zalo CS: at most 2,000 characters; SMS: the gateway splits long texts. */
      text: string;
      /**
       * Optional buttons under a Zalo message (ignored by SMS): one opens a link; the other sends
       * `query` back to the OA as the person's message (a chat bot command, e.g. a rating;
       * `hidden`: not shown in the chat).
       */
      buttons?: ({ title: string; url: string } | { title: string; query: string; hidden?: boolean })[];
    }
  | {
      kind: 'template';
      /** The template registered with Zalo (ZNS) for this notice. */
      templateId: string;
      /** Template parameters: names as registered, values as strings. */
      params: Record<string, string>;
    }
  | { kind: 'email'; subject: string; text: string; html?: string };

export interface OutboundMessage {
  tenantId: string;
  /**
   * Stable across every retry of the same notice: sent to the provider as its idempotency or
   * correlation key where its API has one (ZNS `tracking_id`, the SMS gateway's client reference,
   * the e-mail's Message-ID), so a retry after a crash is recognised, not sent twice.
   */
  deliveryId: string;
  /** 1 for the first try of this route, then 2, 3… */
  attempt: number;
  to: Recipient;
  content: Content;
}

/**
 * What became of one send. `retry`: a transient fault (5xx, timeout, rate limit) — try this route
 * again later; `unreachable`: this route cannot reach the person (not a follower, outside the reply
 * window, no address) — move on to the next route now; `failed`: the provider refused the message
 * for good (bad template, blocked) — a dead letter for an officer to look at.
 */
export type SendResult =
  | { outcome: 'sent'; providerId: string }
  | { outcome: 'retry'; reason: string; retryAfterMs?: number }
  | { outcome: 'unreachable'; reason: string }
  | { outcome: 'failed'; reason: string };

export interface Channel {
  readonly kind: ChannelKind;
  /**
   * Whether the provider recognises a resend of the same delivery id and does not deliver it
   * twice. Only then is a send interrupted by a crash sent again; otherwise it is settled as
   * delivered-in-doubt rather than risk a duplicate.
   */
  readonly deduplicates: boolean;
  /** Whether the recipient has the address this channel needs (and the channel is configured). */
  canReach(to: Recipient): boolean;
  /** Never throws for provider faults: they come back as a `SendResult`. Reasons carry no personal data. */
  send(message: OutboundMessage): Promise<SendResult>;
}

/**
 * A provider's report that a message it accepted reached the phone (`delivered`) or was opened
 * (`seen`). `trackingId` is our delivery id when the provider echoes it (Zalo template messages);
 * `messageIds` are the provider's own ids as returned by the send (`SendResult.providerId`).
 */
export interface DeliveryReceipt {
  kind: 'delivered' | 'seen';
  trackingId?: string;
  messageIds: string[];
  at: Date;
}
