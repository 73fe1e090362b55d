import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { closeChat, getChat, listChats, replyToChat, type ChatStatusFilter } from './api.ts';

/** The live chat is polled: citizens write at any moment. */
export const CHAT_POLL_MS = 4_000;

export const chatKeys = {
  all: ['chats'] as const,
  list: (status: ChatStatusFilter, page: number) => [...chatKeys.all, 'list', status, page] as const,
  thread: (id: string) => [...chatKeys.all, 'thread', id] as const,
};

export function useChatList(status: ChatStatusFilter, page: number) {
  return useQuery({
    queryKey: chatKeys.list(status, page),
    queryFn: ({ signal }) => listChats(status, page, signal),
    placeholderData: keepPreviousData,
    refetchInterval: CHAT_POLL_MS,
    staleTime: 0,
  });
}

export function useChatThread(id: string | null) {
  return useQuery({
    queryKey: chatKeys.thread(id ?? ''),
    queryFn: ({ signal }) => getChat(id ?? '', signal),
    enabled: id !== null,
    refetchInterval: CHAT_POLL_MS,
    staleTime: 0,
  });
}

export function useReplyToChat(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => replyToChat(id, text),
    onSuccess: (view) => {
      client.setQueryData(chatKeys.thread(id), view);
      void client.invalidateQueries({ queryKey: [...chatKeys.all, 'list'] });
    },
  });
}

export function useCloseChat(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => closeChat(id),
    onSuccess: (view) => {
      client.setQueryData(chatKeys.thread(id), view);
      void client.invalidateQueries({ queryKey: [...chatKeys.all, 'list'] });
    },
  });
}
