/** Channels: one adapter per way of reaching a citizen, each behind the `Channel` port. */
export type {
  Channel,
  ChannelKind,
  Content,
  DeliveryReceipt,
  OutboundMessage,
  Recipient,
  SendResult,
} from './channel.ts';
export { createChannels, type Channels } from './create-channels.ts';
export type { ProvinceMessagingSource, ProvinceSenders, ProvinceSendersLookup } from './province-messaging.ts';
export { ZALO_HOSTS, type ZaloHosts } from './zalo-oa/zalo-http.ts';
export { createOaTokenStore, type OaTokenStore, ZaloTokenUnavailable } from './zalo-oa/oa-tokens.ts';
export { zaloChatChannel, zaloTemplateChannel, type ZaloChannelDeps } from './zalo-oa/zalo-channels.ts';
export { zaloWebhookRoutes, type ZaloWebhookDeps } from './zalo-oa/webhook.routes.ts';
export { zaloSignature } from './zalo-oa/webhook-signature.ts';
export { processWebhookEvent, processWebhookEventJob } from './zalo-oa/process-webhook-event.ts';
export {
  drainWebhookEvents,
  WEBHOOK_DRAIN_JOB,
  type DrainDeps,
  type DrainOutcome,
  type DrainScheduler,
} from './zalo-oa/webhook-drain.ts';
export { drainWebhookEventsJob, sweepWebhookEventsJob, WEBHOOK_SWEEP_JOB } from './zalo-oa/webhook-drain.job.ts';
export {
  zaloChatReplies,
  zaloCsMessage,
  type ChatReplyButton,
  type ChatReplyContent,
  type ZaloChatRepliesDeps,
} from './zalo-oa/zalo-chat-replies.ts';
export {
  userInputOf,
  type OnZaloUserEvent,
  type ProcessWebhookDeps,
  type ZaloUserEvent,
  type ZaloUserInput,
} from './zalo-oa/process-webhook-event.ts';
export { zaloBroadcastSender, type ZaloBroadcastSender } from './zalo-oa/zalo-broadcast.ts';
export { zaloFollowers, type ZaloFollowerProfile } from './zalo-oa/zalo-followers.ts';
export { hasOaToken } from './zalo-oa/oa-connection.ts';
export { zaloOaConnector, type OaCodeExchange, type ZaloOaConnector } from './zalo-oa/oa-connect.ts';
