import type { SharedInfo } from './users.ts';
import type { WebhookEvent } from './webhooks.ts';

/**
 * Webhook bodies, field for field and in the order of the samples in zalo-platform.md §12
 * (the order matters: the signature covers the raw body).
 */
export interface EventContext {
  appId: string;
  oaId: string;
  /** ms since epoch, as a string (§7.3). */
  timestamp: string;
}

interface EventUser {
  userId: string;
  userIdByApp: string;
}

/** §12.1/§12.3: user → OA events: `sender` is the user, `recipient` the OA. */
export function userMessageEvent(
  context: EventContext,
  user: EventUser,
  eventName: string,
  message: Record<string, unknown>,
): WebhookEvent {
  return {
    app_id: context.appId,
    sender: { id: user.userId },
    user_id_by_app: user.userIdByApp,
    recipient: { id: context.oaId },
    event_name: eventName,
    message,
    timestamp: context.timestamp,
  };
}

/** §12.2/§7.3: `follow`/`unfollow` carry `oa_id`, `follower.id` and `source`, no sender/recipient. */
export function followEvent(
  context: EventContext,
  user: EventUser,
  eventName: 'follow' | 'unfollow',
  source: string,
): WebhookEvent {
  return {
    app_id: context.appId,
    oa_id: context.oaId,
    user_id_by_app: user.userIdByApp,
    event_name: eventName,
    timestamp: context.timestamp,
    source,
    follower: { id: user.userId },
  };
}

/**
 * §7.3: delivery reports about OA messages swap the roles: `sender` is the OA, `recipient` the user.
 * `user_received_message` carries `message.msg_id`, `user_seen_message` `message.msg_ids`.
 */
export function oaMessageStatusEvent(
  context: EventContext,
  user: EventUser,
  eventName: 'user_received_message' | 'user_seen_message',
  msgIds: readonly string[],
): WebhookEvent {
  const message =
    eventName === 'user_seen_message'
      ? { msg_ids: [...msgIds] }
      : { msg_id: msgIds[0] ?? '', delivery_time: context.timestamp };
  return {
    app_id: context.appId,
    sender: { id: context.oaId },
    user_id_by_app: user.userIdByApp,
    recipient: { id: user.userId },
    event_name: eventName,
    message,
    timestamp: context.timestamp,
  };
}

/** §12.4 / §13.8: the answer to a `request_user_info` card, nested (SPEC) or flat (older SDK types). */
export function submitInfoEvent(
  context: EventContext,
  user: EventUser,
  info: SharedInfo,
  shape: 'nested' | 'flat',
): WebhookEvent {
  const body =
    shape === 'nested'
      ? {
          name: info.name,
          phone: info.phone,
          full_address: {
            user_city: info.city,
            user_district: info.district,
            user_ward: info.ward,
            user_address: info.address,
          },
        }
      : {
          address: info.address,
          phone: info.phone,
          city: info.city,
          district: info.district,
          name: info.name,
          ward: info.ward,
        };
  return {
    sender: { id: user.userId },
    recipient: { id: context.oaId },
    event_name: 'user_submit_info',
    app_id: context.appId,
    user_id_by_app: user.userIdByApp,
    timestamp: context.timestamp,
    info: body,
  };
}

/** §12.5/§8: a ZNS message reached the phone; `recipient.id` is the phone, `tracking_id` is echoed. */
export function znsReceivedEvent(
  context: EventContext,
  phone: string,
  msgId: string,
  trackingId: string | undefined,
): WebhookEvent {
  return {
    sender: { id: context.oaId },
    recipient: { id: phone },
    event_name: 'user_received_message',
    message: {
      delivery_time: context.timestamp,
      msg_id: msgId,
      ...(trackingId === undefined ? {} : { tracking_id: trackingId }),
    },
    app_id: context.appId,
    timestamp: context.timestamp,
  };
}
