export type { Channel, ChannelKind, Content, OutboundMessage, Recipient, SendResult } from './channel.ts';
