import { currentUser, type ChatEvent, type ChatState } from './chat-state.ts';
import { toChatMessage, toZnsEntry } from './messages.ts';
import type { SimEvent, SimMessage, SimUser, SimZnsMessage } from './transport.ts';

export interface FeedContext {
  newId: () => string;
  mediaUrl: (id: string) => string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * What one entry of the simulator's event feed changes on the page: only the played user's
 * messages and statuses, ZNS messages to their phone, and any user's creation or follow.
 */
export function chatEventsFor(event: SimEvent, state: ChatState, context: FeedContext): ChatEvent[] {
  const userId = event.userId;
  const current = userId !== undefined && userId === state.userId;
  switch (event.type) {
    case 'user_created':
      return [{ type: 'user_changed', user: event.data as SimUser }];
    case 'follow':
    case 'unfollow':
      if (userId === undefined) return [];
      return [
        {
          type: 'follow_changed',
          userId,
          isFollower: event.type === 'follow',
          id: context.newId(),
          at: new Date(event.at),
        },
      ];
    case 'message': {
      if (!current) return [];
      const stored = event.data as SimMessage;
      const message = toChatMessage(stored, context.mediaUrl);
      return [
        ...(message ? [{ type: 'message_added' as const, message }] : []),
        ...(stored.from === 'oa' && stored.kind === 'request_user_info'
          ? [{ type: 'awaiting_info_changed' as const, userId, awaitingInfo: true }]
          : []),
      ];
    }
    case 'message_status': {
      const data = isRecord(event.data) ? event.data : {};
      const status = data['status'];
      if (!current || !Array.isArray(data['msgIds']) || (status !== 'received' && status !== 'seen')) return [];
      return [{ type: 'status_changed', ids: data['msgIds'] as string[], status }];
    }
    case 'zns': {
      const message = event.data as SimZnsMessage;
      const phone = currentUser(state)?.phone;
      return phone !== undefined && message.phone === phone ? [{ type: 'zns_added', entry: toZnsEntry(message) }] : [];
    }
    case 'webhook_delivery':
      return [];
  }
}
