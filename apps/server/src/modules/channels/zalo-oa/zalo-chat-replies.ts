import type { SendResult } from '../channel.ts';
import { ZaloTokenUnavailable, type OaToken, type OaTokenStore } from './oa-tokens.ts';
import { callZalo, type ZaloAnswer, type ZaloHosts } from './zalo-http.ts';

/** A button under a chat message: a tap sends `query` back as the person's text, or opens `url`. */
export type ChatReplyButton = { title: string; query: string; hidden?: boolean } | { title: string; url: string };

/** One chat message, in words any chat channel can carry (the chat bot's reply port). */
export type ChatReplyContent =
  | { kind: 'text'; text: string; buttons?: ChatReplyButton[] }
  | { kind: 'request_info'; title: string; subtitle: string; imageUrl?: string }
  | { kind: 'image'; url: string; caption?: string };

export interface ZaloChatRepliesDeps {
  tokens: OaTokenStore;
  hosts: () => ZaloHosts;
}

export const TOKEN_ERRORS = new Set([-216, -220, -124]);
const RATE_LIMITED = -32;
/** Not a follower, or outside the 7-day window (§6). */
const NOT_REACHABLE = new Set([-213, -230, -232, -227, -217, -244]);
/** §4: button titles are short; Zalo cuts long ones. */
const BUTTON_TITLE_LIMIT = 35;

function zaloButton(button: ChatReplyButton): Record<string, unknown> {
  const title = button.title.slice(0, BUTTON_TITLE_LIMIT);
  if ('url' in button) return { title, type: 'oa.open.url', payload: { url: button.url } };
  return { title, type: button.hidden ? 'oa.query.hide' : 'oa.query.show', payload: button.query };
}

/** The CS `message` object of zalo-platform.md §4 for one reply. */
export function zaloCsMessage(reply: ChatReplyContent): Record<string, unknown> {
  switch (reply.kind) {
    case 'text':
      return reply.buttons && reply.buttons.length > 0
        ? { text: reply.text, attachment: { type: 'template', payload: { buttons: reply.buttons.map(zaloButton) } } }
        : { text: reply.text };
    case 'request_info':
      return {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'request_user_info',
            elements: [
              {
                title: reply.title,
                subtitle: reply.subtitle,
                ...(reply.imageUrl ? { image_url: reply.imageUrl } : {}),
              },
            ],
          },
        },
      };
    case 'image':
      return {
        ...(reply.caption ? { text: reply.caption } : {}),
        attachment: {
          type: 'template',
          payload: { template_type: 'media', elements: [{ media_type: 'image', url: reply.url }] },
        },
      };
  }
}

function messageId(body: Record<string, unknown>): string {
  const data = body['data'];
  if (typeof data === 'object' && data !== null) {
    const id = (data as Record<string, unknown>)['message_id'];
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return '';
}

export function outcomeOf(answer: ZaloAnswer): SendResult {
  if (answer.kind === 'transport') {
    const permanent =
      answer.status !== undefined && answer.status >= 400 && answer.status < 500 && answer.status !== 429;
    return permanent
      ? { outcome: 'failed', reason: answer.reason }
      : {
          outcome: 'retry',
          reason: answer.reason,
          ...(answer.retryAfterMs ? { retryAfterMs: answer.retryAfterMs } : {}),
        };
  }
  if (answer.error === 0) return { outcome: 'sent', providerId: messageId(answer.body) };
  if (answer.error === RATE_LIMITED) return { outcome: 'retry', reason: 'Zalo -32 rate limit', retryAfterMs: 60_000 };
  if (TOKEN_ERRORS.has(answer.error)) return { outcome: 'retry', reason: `Zalo ${String(answer.error)} after refresh` };
  if (NOT_REACHABLE.has(answer.error)) return { outcome: 'unreachable', reason: `Zalo ${String(answer.error)}` };
  return { outcome: 'failed', reason: `Zalo ${String(answer.error)}` };
}

/**
 * The chat bot's replies as Zalo OA consultation messages (`POST /v3.0/oa/message/cs`, §4): text,
 * text with `oa.query.*` / `oa.open.url` buttons, the `request_user_info` card and images by URL.
 * An invalid or expired token is refreshed once, as for notices.
 */
export function zaloChatReplies(deps: ZaloChatRepliesDeps) {
  async function post(token: OaToken, body: string): Promise<ZaloAnswer> {
    return callZalo(`${deps.hosts().openapi}/v3.0/oa/message/cs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: token.accessToken },
      body,
    });
  }

  return {
    async send(tenantId: string, userId: string, reply: ChatReplyContent): Promise<SendResult> {
      const body = JSON.stringify({ recipient: { user_id: userId }, message: zaloCsMessage(reply) });
      try {
        let token = await deps.tokens.current(tenantId);
        let answer = await post(token, body);
        if (answer.kind === 'envelope' && TOKEN_ERRORS.has(answer.error)) {
          token = await deps.tokens.refresh(tenantId, token);
          answer = await post(token, body);
        }
        return outcomeOf(answer);
      } catch (error) {
        if (error instanceof ZaloTokenUnavailable) {
          return error.transient
            ? { outcome: 'retry', reason: `OA token: ${error.message}` }
            : { outcome: 'unreachable', reason: `OA token: ${error.message}` };
        }
        throw error;
      }
    },
  };
}
