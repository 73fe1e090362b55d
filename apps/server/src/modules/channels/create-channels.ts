import type { Config } from '../../config/config.ts';
import type { Channel, ChannelKind } from './channel.ts';
import { createProvinceEmailChannel } from './email/province-email.ts';
import { createSmtpEmailChannel } from './email/smtp-email.ts';
import type { ProvinceMessagingSource } from './province-messaging.ts';
import { createProvinceSmsChannel } from './sms/province-sms.ts';
import { createHttpSmsChannel } from './sms/http-sms-gateway.ts';

/** The channels this installation can use, by kind; a kind that is not configured is absent. */
export type Channels = ReadonlyMap<ChannelKind, Channel>;

/** What `MOTCUA_SMTP_TIMEOUT_MS` defaults to. */
const SMTP_TIMEOUT_MS = 15_000;

/**
 * Builds the configured channels once, at start (the shape notifications' `DeliverNoticeDeps`
 * takes). The notifications module picks among them per citizen, in route order.
 *
 * With `provinces`, SMS and e-mail go out under each province's own sender, credential, From and
 * mail server (`channel.messaging`, read at every send), else the deployment's; the e-mail route then
 * exists even without `MOTCUA_SMTP_URL`, for provinces with their own mail server. Without it, every
 * message goes out under the deployment's settings.
 */
export function createChannels(
  config: Pick<Config, 'sms' | 'smtp'> & Partial<Pick<Config, 'smtpTimeoutMs'>>,
  provinces?: ProvinceMessagingSource,
): Channels {
  const channels = new Map<ChannelKind, Channel>();
  // The Zalo OA channels (`zalo_cs`, `zalo_template`) are added here from `zalo-oa/`.
  if (provinces) {
    if (config.sms) channels.set('sms', createProvinceSmsChannel(config.sms, provinces));
    const timeoutMs = config.smtp?.timeoutMs ?? config.smtpTimeoutMs ?? SMTP_TIMEOUT_MS;
    channels.set('email', createProvinceEmailChannel(config.smtp, provinces, timeoutMs));
    return channels;
  }
  if (config.sms) channels.set('sms', createHttpSmsChannel(config.sms));
  if (config.smtp) channels.set('email', createSmtpEmailChannel(config.smtp));
  return channels;
}
