import type { Config } from '../../config/config.ts';
import type { Channel, ChannelKind } from './channel.ts';
import { createSmtpEmailChannel } from './email/smtp-email.ts';
import { createHttpSmsChannel } from './sms/http-sms-gateway.ts';

/** The channels this installation can use, by kind; a kind that is not configured is absent. */
export type Channels = ReadonlyMap<ChannelKind, Channel>;

/**
 * Builds the configured channels once, at start (the shape notifications' `DeliverNoticeDeps`
 * takes). The notifications module picks among them per citizen, in route order.
 */
export function createChannels(config: Pick<Config, 'sms' | 'smtp'>): Channels {
  const channels = new Map<ChannelKind, Channel>();
  // The Zalo OA channels (`zalo_cs`, `zalo_template`) are added here from `zalo-oa/`.
  if (config.sms) channels.set('sms', createHttpSmsChannel(config.sms));
  if (config.smtp) channels.set('email', createSmtpEmailChannel(config.smtp));
  return channels;
}
