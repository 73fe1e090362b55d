import type { SendResult } from '../channel.ts';
import { ZaloTokenUnavailable, type OaToken, type OaTokenStore } from './oa-tokens.ts';
import { outcomeOf, TOKEN_ERRORS, zaloCsMessage, type ChatReplyContent } from './zalo-chat-replies.ts';
import { callZalo, type ZaloAnswer, type ZaloHosts } from './zalo-http.ts';

export interface ZaloBroadcastDeps {
  tokens: OaTokenStore;
  hosts: () => ZaloHosts;
}

/** Runs `work` over `items` with at most `limit` at a time; results in the items' order. */
async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * One announcement to many followers as consultation messages (`/v3.0/oa/message/cs`): Zalo has no
 * free-text broadcast to followers (the v2 broadcast carries only articles, promotion messages
 * ended in 2026-03; zalo-platform.md §1, §4), so each follower gets their own message. The token
 * is read once per batch and refreshed at most once when Zalo calls it invalid.
 */
export function zaloBroadcastSender(deps: ZaloBroadcastDeps) {
  async function post(token: OaToken, userId: string, message: string): Promise<ZaloAnswer> {
    return callZalo(`${deps.hosts().openapi}/v3.0/oa/message/cs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: token.accessToken },
      body: `{"recipient":${JSON.stringify({ user_id: userId })},"message":${message}}`,
    });
  }

  return {
    async sendMany(
      tenantId: string,
      userIds: readonly string[],
      content: ChatReplyContent,
      concurrency: number,
    ): Promise<SendResult[]> {
      const message = JSON.stringify(zaloCsMessage(content));
      let token: OaToken;
      try {
        token = await deps.tokens.current(tenantId);
      } catch (error) {
        if (!(error instanceof ZaloTokenUnavailable)) throw error;
        const reason = `OA token: ${error.message}`;
        return userIds.map(() => (error.transient ? { outcome: 'retry', reason } : { outcome: 'failed', reason }));
      }
      let refreshed: Promise<OaToken> | undefined;
      return pooled(userIds, concurrency, async (userId) => {
        let answer = await post(token, userId, message);
        if (answer.kind === 'envelope' && TOKEN_ERRORS.has(answer.error)) {
          try {
            // One refresh for the whole batch, however many sends saw the stale token.
            refreshed ??= deps.tokens.refresh(tenantId, token);
            token = await refreshed;
          } catch (error) {
            if (!(error instanceof ZaloTokenUnavailable)) throw error;
            return { outcome: 'retry', reason: `OA token: ${error.message}` };
          }
          answer = await post(token, userId, message);
        }
        return outcomeOf(answer);
      });
    },
  };
}

export type ZaloBroadcastSender = ReturnType<typeof zaloBroadcastSender>;
