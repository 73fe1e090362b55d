/** The chat bot on any chat channel: menu, look-up by code or QR photo, procedure finder, supplement photos, rating, hand-off to an officer. */
export { handleChatEvent, type ChatEvent } from './use-cases/handle-chat-event.ts';
export { deliverChatMessages, DELIVER_JOB } from './use-cases/deliver-chat-messages.ts';
export { deliverChatJob } from './jobs/deliver-chat.job.ts';
export { consoleChatRoutes, type ConsoleChatRoutesDeps } from './console-chats.routes.ts';
export type { ChatbotDeps, ChatReplyPort } from './ports.ts';
export type { ChatInput } from './domain/intents.ts';
export type { ChatReply, ChatButton } from './domain/replies.ts';
export { fetchChatImage, isAllowedHost, type ImageFetchPolicy } from './media/fetch-chat-image.ts';
export { ChatThreadClosedError, ChatThreadNotFoundError } from './chatbot.errors.ts';
export { COMMANDS as CHAT_COMMANDS, type Rating as ChatRating } from './domain/intents.ts';
