import type { ChatThreadList, ChatThreadView } from '@motcua/contracts';
import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';

export type ChatStatusFilter = 'open' | 'closed' | 'all';

/** `GET /console/chats`: conversations handed to an officer, most recent first. */
export function listChats(status: ChatStatusFilter, page: number, signal?: AbortSignal): Promise<ChatThreadList> {
  const params = new URLSearchParams({ status, page: String(page), pageSize: '20' });
  return requestJson<ChatThreadList>(apiUrl(`/console/chats?${params.toString()}`), { signal });
}

/** `GET /console/chats/{id}`: one conversation with its messages. */
export function getChat(id: string, signal?: AbortSignal): Promise<ChatThreadView> {
  return requestJson<ChatThreadView>(apiUrl(`/console/chats/${encodeURIComponent(id)}`), { signal });
}

/** `POST /console/chats/{id}/messages`: the officer's reply, sent through Zalo. */
export function replyToChat(id: string, text: string): Promise<ChatThreadView> {
  return requestJson<ChatThreadView>(apiUrl(`/console/chats/${encodeURIComponent(id)}/messages`), {
    method: 'POST',
    body: { text },
  });
}

/** `POST /console/chats/{id}/close`: ends the conversation; the bot answers again. */
export function closeChat(id: string): Promise<ChatThreadView> {
  return requestJson<ChatThreadView>(apiUrl(`/console/chats/${encodeURIComponent(id)}/close`), { method: 'POST' });
}
