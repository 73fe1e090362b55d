import type { Channel, OutboundMessage, Recipient, SendResult } from '../channel.ts';
import { ZaloTokenUnavailable, type OaToken, type OaTokenStore } from './oa-tokens.ts';
import { zaloCsMessage } from './zalo-chat-replies.ts';
import { callZalo, type ZaloAnswer, type ZaloHosts } from './zalo-http.ts';

/** OA error codes (zalo-platform.md §5) and what each means for a notice. */
const TOKEN_ERRORS = new Set([-216, -220, -124]);
const RATE_LIMITED = -32;
/** Not a follower, or outside the 7-day window: another route must carry the notice. */
const NOT_REACHABLE_IN_CHAT = new Set([-213, -230, -232, -227, -217, -244]);
/** ZNS (§8): phone invalid, user cannot receive, account does not exist. */
const NOT_REACHABLE_BY_TEMPLATE = new Set([-108, -114, -118]);
/** ZNS (§8) quota and night ban: try again later. */
const TEMPLATE_LATER = new Set([-115, -133, -144]);
/** CS text limit (§4). */
export const ZALO_TEXT_LIMIT = 2_000;

export interface ZaloChannelDeps {
  tokens: OaTokenStore;
  hosts: () => ZaloHosts;
  /** Whether the province has connected its OA (credentials and tokens stored). */
  connected: (tenantId: string) => Promise<boolean>;
  /**
   * Whether Zalo recognises a resent `tracking_id`. Zalo does not document it (the simulator does it
   * by default), so it is a setting: when false, an interrupted template send is not resent.
   */
  znsDeduplicates: boolean;
  /** The province's ZNS template id for one of our template names (e.g. `dossier_update`). */
  templateId: (tenantId: string, name: string) => Promise<string | undefined>;
}

type Call = (token: OaToken) => Promise<ZaloAnswer>;

/** Calls Zalo with the OA token; an invalid or expired token is refreshed and the call tried once more. */
async function withToken(deps: ZaloChannelDeps, tenantId: string, call: Call): Promise<ZaloAnswer | SendResult> {
  let token: OaToken;
  try {
    token = await deps.tokens.current(tenantId);
  } catch (error) {
    return tokenProblem(error);
  }
  const first = await call(token);
  if (first.kind !== 'envelope' || !TOKEN_ERRORS.has(first.error)) return first;
  try {
    token = await deps.tokens.refresh(tenantId, token);
  } catch (error) {
    return tokenProblem(error);
  }
  return call(token);
}

function tokenProblem(error: unknown): SendResult {
  if (error instanceof ZaloTokenUnavailable) {
    return error.transient
      ? { outcome: 'retry', reason: `OA token: ${error.message}` }
      : { outcome: 'unreachable', reason: `OA token: ${error.message}` };
  }
  throw error;
}

function isResult(value: ZaloAnswer | SendResult): value is SendResult {
  return 'outcome' in value;
}

function transportResult(answer: Extract<ZaloAnswer, { kind: 'transport' }>): SendResult {
  if (answer.status !== undefined && answer.status >= 400 && answer.status < 500 && answer.status !== 429) {
    return { outcome: 'failed', reason: answer.reason };
  }
  return {
    outcome: 'retry',
    reason: answer.reason,
    ...(answer.retryAfterMs ? { retryAfterMs: answer.retryAfterMs } : {}),
  };
}

function messageId(body: Record<string, unknown>): string {
  const data = body['data'];
  if (typeof data === 'object' && data !== null) {
    const id = (data as Record<string, unknown>)['message_id'] ?? (data as Record<string, unknown>)['msg_id'];
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return '';
}

/**
 * Zalo OA consultation message (`POST /v3.0/oa/message/cs`, §4): plain text to a follower, within
 * 7 days of their last interaction. Zalo has no idempotency key for it, so the notifications module
 * never resends an interrupted one.
 */
export function zaloChatChannel(deps: ZaloChannelDeps): Channel {
  return {
    kind: 'zalo_cs',
    // Zalo has no idempotency key for consultation messages (zalo-platform.md §4).
    deduplicates: false,
    canReach: (to: Recipient) => to.zaloUserId !== undefined,
    async send(message: OutboundMessage): Promise<SendResult> {
      const userId = message.to.zaloUserId;
      if (userId === undefined || !(await deps.connected(message.tenantId))) {
        return { outcome: 'unreachable', reason: 'no OA follower id or OA not connected' };
      }
      if (message.content.kind !== 'text') return { outcome: 'failed', reason: 'chat takes text only' };
      const text = message.content.text.normalize('NFC');
      if (text.length > ZALO_TEXT_LIMIT) return { outcome: 'failed', reason: 'text longer than 2,000 characters' };
      const buttons = message.content.buttons ?? [];
      const body = JSON.stringify({
        recipient: { user_id: userId },
        // Link buttons open the page; query buttons come back as the person's message (§4).
        message: zaloCsMessage({ kind: 'text', text, ...(buttons.length > 0 ? { buttons } : {}) }),
      });
      const answer = await withToken(deps, message.tenantId, (token) =>
        callZalo(`${deps.hosts().openapi}/v3.0/oa/message/cs`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', access_token: token.accessToken },
          body,
        }),
      );
      if (isResult(answer)) return answer;
      if (answer.kind === 'transport') return transportResult(answer);
      if (answer.error === 0) return { outcome: 'sent', providerId: messageId(answer.body) };
      if (answer.error === RATE_LIMITED)
        return { outcome: 'retry', reason: 'Zalo -32 rate limit', retryAfterMs: 60_000 };
      if (NOT_REACHABLE_IN_CHAT.has(answer.error))
        return { outcome: 'unreachable', reason: `Zalo ${String(answer.error)}` };
      if (TOKEN_ERRORS.has(answer.error))
        return { outcome: 'retry', reason: `Zalo ${String(answer.error)} after refresh` };
      return { outcome: 'failed', reason: `Zalo ${String(answer.error)}` };
    },
  };
}

/**
 * Zalo template message by phone (ZNS, `POST /message/template` on the business host, §8). The
 * delivery id is the `tracking_id`, echoed by the delivery webhook and used to recognise a resend.
 */
export function zaloTemplateChannel(deps: ZaloChannelDeps): Channel {
  return {
    kind: 'zalo_template',
    deduplicates: deps.znsDeduplicates,
    canReach: (to: Recipient) => to.phone !== undefined,
    async send(message: OutboundMessage): Promise<SendResult> {
      const phone = message.to.phone;
      if (phone === undefined || !(await deps.connected(message.tenantId))) {
        return { outcome: 'unreachable', reason: 'no phone or OA not connected' };
      }
      if (message.content.kind !== 'template') return { outcome: 'failed', reason: 'ZNS takes a template only' };
      const templateId = await deps.templateId(message.tenantId, message.content.templateId);
      if (templateId === undefined) return { outcome: 'unreachable', reason: 'no ZNS template registered' };
      const body = JSON.stringify({
        phone,
        template_id: templateId,
        template_data: message.content.params,
        tracking_id: message.deliveryId,
      });
      const answer = await withToken(deps, message.tenantId, (token) =>
        callZalo(`${deps.hosts().business}/message/template`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', access_token: token.accessToken },
          body,
        }),
      );
      if (isResult(answer)) return answer;
      if (answer.kind === 'transport') return transportResult(answer);
      if (answer.error === 0) return { outcome: 'sent', providerId: messageId(answer.body) };
      if (answer.error === RATE_LIMITED || TEMPLATE_LATER.has(answer.error)) {
        return { outcome: 'retry', reason: `Zalo ${String(answer.error)}`, retryAfterMs: 10 * 60_000 };
      }
      if (NOT_REACHABLE_BY_TEMPLATE.has(answer.error)) {
        return { outcome: 'unreachable', reason: `Zalo ${String(answer.error)}` };
      }
      if (TOKEN_ERRORS.has(answer.error))
        return { outcome: 'retry', reason: `Zalo ${String(answer.error)} after refresh` };
      return { outcome: 'failed', reason: `Zalo ${String(answer.error)}` };
    },
  };
}
