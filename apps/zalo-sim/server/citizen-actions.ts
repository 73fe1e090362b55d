import { messageId } from './ids.ts';
import { placeholderPng } from './media.ts';
import { eventContext, type SimState } from './sim-state.ts';
import type { ConversationMessage, OaUser, SharedInfo } from './users.ts';
import { followEvent, oaMessageStatusEvent, submitInfoEvent, userMessageEvent } from './webhook-events.ts';

/**
 * What a citizen does in Zalo, played by the scripting API: each action changes the chat and
 * posts the webhook Zalo would post (zalo-platform.md §7, §12). User actions count as interaction (§6).
 */

/** §12.2: `source` says where the follow came from (`oa_profile`, `testing_webhook`, …). */
export function follow(state: SimState, user: OaUser, source = 'oa_profile'): boolean {
  if (user.isFollower) return false;
  user.isFollower = true;
  state.users.touch(user);
  state.feed.append('follow', { source }, user.userId);
  state.webhooks.send(followEvent(eventContext(state), user, 'follow', source));
  return true;
}

export function unfollow(state: SimState, user: OaUser, source = 'oa_profile'): boolean {
  if (!user.isFollower) return false;
  user.isFollower = false;
  state.feed.append('unfollow', { source }, user.userId);
  state.webhooks.send(followEvent(eventContext(state), user, 'unfollow', source));
  return true;
}

/** Stores the user's message, refreshes the reply window and posts `eventName` with `message`. */
function userSends(
  state: SimState,
  user: OaUser,
  entry: Omit<ConversationMessage, 'msgId' | 'sentAt' | 'from'>,
  eventName: string,
  message: (msgId: string) => Record<string, unknown>,
): ConversationMessage {
  const msgId = messageId();
  state.users.touch(user);
  const stored = state.users.append(user, { ...entry, msgId, from: 'user' });
  state.webhooks.send(userMessageEvent(eventContext(state), user, eventName, message(msgId)));
  return stored;
}

/** §12.1: `message{text, msg_id}`. */
export function sendText(state: SimState, user: OaUser, text: string, eventName = 'user_send_text', hidden = false) {
  return userSends(state, user, { kind: 'text', text, ...(hidden ? { hidden } : {}) }, eventName, (msgId) => ({
    text,
    msg_id: msgId,
  }));
}

/** §12.3/§7.3: an image the simulator serves at `baseUrl`, with optional caption. */
export function sendImage(
  state: SimState,
  user: OaUser,
  input: { baseUrl: string; bytes?: Buffer; contentType?: string; caption?: string },
) {
  const stored = state.media.put({
    kind: 'image',
    contentType: input.contentType ?? 'image/png',
    name: 'image',
    bytes: input.bytes ?? placeholderPng,
    expiresAt: Number.MAX_SAFE_INTEGER,
  });
  const url = `${input.baseUrl}/_sim/media/${stored.id}`;
  const attachments = [{ type: 'image', payload: { url, thumbnail: url } }];
  const caption = input.caption === undefined ? {} : { text: input.caption };
  return userSends(state, user, { kind: 'image', ...caption, attachment: attachments }, 'user_send_image', (msgId) => ({
    msg_id: msgId,
    ...caption,
    attachments,
  }));
}

/** §7.3: `payload.coordinates{latitude, longitude}` (sent as strings, like every Zalo number field). */
export function sendLocation(state: SimState, user: OaUser, latitude: number, longitude: number) {
  const attachments = [
    { type: 'location', payload: { coordinates: { latitude: String(latitude), longitude: String(longitude) } } },
  ];
  return userSends(state, user, { kind: 'location', attachment: attachments }, 'user_send_location', (msgId) => ({
    msg_id: msgId,
    attachments,
  }));
}

/** §7.3: file payload `url`, `name`, `size`, `type`. */
export function sendFile(
  state: SimState,
  user: OaUser,
  input: { baseUrl: string; name: string; bytes: Buffer; contentType: string },
) {
  const stored = state.media.put({ kind: 'file', ...input, expiresAt: Number.MAX_SAFE_INTEGER });
  const type = input.name.includes('.') ? (input.name.split('.').pop() ?? '') : '';
  const attachments = [
    {
      type: 'file',
      payload: {
        url: `${input.baseUrl}/_sim/media/${stored.id}`,
        name: input.name,
        size: String(input.bytes.length),
        type,
      },
    },
  ];
  return userSends(state, user, { kind: 'file', attachment: attachments }, 'user_send_file', (msgId) => ({
    msg_id: msgId,
    attachments,
  }));
}

/** §4/§12.4: only after a `request_user_info` card; the info becomes the user's `shared_info`. */
export function submitInfo(state: SimState, user: OaUser, info: SharedInfo): 'no_request' | ConversationMessage {
  if (!user.awaitingInfo) return 'no_request';
  user.awaitingInfo = false;
  user.sharedInfo = info;
  state.users.touch(user);
  const stored = state.users.append(user, { from: 'user', kind: 'submit_info', text: `${info.name} · ${info.phone}` });
  state.webhooks.send(submitInfoEvent(eventContext(state), user, info, state.options.submitInfoShape));
  return stored;
}

export type TapOutcome = { sent: ConversationMessage } | { opened: unknown } | 'no_message' | 'no_button';

/**
 * §4/§7.4/§13.5: an `oa.query.*` tap sends the payload as the user's text (hidden from the chat for
 * `oa.query.hide`); the other actions open something on the phone and reach the OA as interaction only.
 */
export function tap(state: SimState, user: OaUser, msgId: string, buttonIndex: number): TapOutcome {
  const message = user.conversation.find((candidate) => candidate.msgId === msgId && candidate.from === 'oa');
  if (!message) return 'no_message';
  const button = message.buttons?.[buttonIndex];
  if (!button) return 'no_button';
  if (button.type === 'oa.query.show' || button.type === 'oa.query.hide') {
    const text = String(button.payload);
    return { sent: sendText(state, user, text, state.options.queryTapEvent, button.type === 'oa.query.hide') };
  }
  state.users.touch(user);
  return { opened: button.payload };
}

function oaMessageIds(user: OaUser, status: 'sent' | 'received'): string[] {
  return user.conversation
    .filter(
      (message) =>
        message.from === 'oa' &&
        message.kind !== 'zns' &&
        (message.status === status || (status === 'received' && message.status === 'sent')),
    )
    .map((message) => message.msgId);
}

/** §7.3: one `user_received_message` per message (`message.msg_id`). Defaults to every unreported one. */
export function received(state: SimState, user: OaUser, msgIds?: readonly string[]): string[] {
  const changed = state.users.setStatus(user, msgIds ?? oaMessageIds(user, 'sent'), 'received');
  for (const msgId of changed) {
    state.webhooks.send(oaMessageStatusEvent(eventContext(state), user, 'user_received_message', [msgId]));
  }
  return changed;
}

/** §7.3: one `user_seen_message` carrying `message.msg_ids`. Defaults to every unseen one. */
export function seen(state: SimState, user: OaUser, msgIds?: readonly string[]): string[] {
  const changed = state.users.setStatus(user, msgIds ?? oaMessageIds(user, 'received'), 'seen');
  if (changed.length > 0) {
    state.webhooks.send(oaMessageStatusEvent(eventContext(state), user, 'user_seen_message', changed));
  }
  return changed;
}
