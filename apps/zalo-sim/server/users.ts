import type { EventFeed } from './events.ts';
import { messageId, numericId } from './ids.ts';
import type { MiniAppUser } from './mini-app.ts';
import type { ZaloSimOptions } from './options.ts';

/** §4: a button's action types and their payloads. */
export type ButtonType = 'oa.open.url' | 'oa.query.show' | 'oa.query.hide' | 'oa.open.phone' | 'oa.open.sms';

export interface Button {
  title: string;
  type: ButtonType;
  payload: unknown;
  image_icon?: string;
}

export type MessageKind =
  | 'text'
  | 'image'
  | 'gif'
  | 'sticker'
  | 'file'
  | 'location'
  | 'list'
  | 'request_user_info'
  | 'submit_info'
  | 'template'
  | 'zns';

/** One message of a conversation, either way. */
export interface ConversationMessage {
  msgId: string;
  from: 'user' | 'oa';
  kind: MessageKind;
  text?: string;
  /** As Zalo carries them: webhook `attachments` for user messages, the CS `attachment` for OA ones. */
  attachment?: unknown;
  buttons?: Button[];
  /** Template sends (by user id or ZNS by phone). */
  template?: { templateId: string; templateData: Record<string, unknown>; trackingId?: string };
  /** Taps on `oa.query.hide` buttons reach the OA but are not shown in the chat. */
  hidden?: boolean;
  quoteMessageId?: string;
  sentAt: string;
  /** OA messages: what the user's device reported (`user_received_message`, `user_seen_message`). */
  status?: 'sent' | 'received' | 'seen';
  /** OA CS messages: free inside 48 h of the last interaction, billable up to 7 days (§6). */
  billing?: 'free' | 'paid';
}

/** What a user shared through a `request_user_info` card (§3 `shared_info`). */
export interface SharedInfo {
  name: string;
  phone: string;
  address: string;
  city: string;
  district: string;
  ward: string;
}

/** A Zalo user as the OA knows them. */
export interface OaUser {
  /** OA-scoped id: `user_id` in the OpenAPI, `sender.id` in webhooks. */
  userId: string;
  /** App-scoped id: `user_id_by_app`; the Mini App's `id` when the user is linked to one. */
  userIdByApp: string;
  miniAppUserId: string | undefined;
  displayName: string;
  avatar: string;
  /** `84…` */
  phone: string | undefined;
  isFollower: boolean;
  lastInteractionAt: number | undefined;
  sharedInfo: SharedInfo | undefined;
  /** A `request_user_info` card is waiting for an answer. */
  awaitingInfo: boolean;
  freeRepliesUsed: number;
  /** The OA's tags on this user (`tags_and_notes_info.tag_names`). */
  tags: string[];
  /** Every message the OA sent this user, also those the conversation cap dropped. */
  oaMessagesReceived: number;
  conversation: ConversationMessage[];
}

export type CsWindow = 'free' | 'paid' | 'closed';

export interface NewOaUser {
  name: string;
  phone?: string;
  miniAppUser?: MiniAppUser;
  isFollower?: boolean;
  tags?: string[];
}

/** The OA's users and their conversations (state the chat page and tests read). */
export class OaUsers {
  private readonly users = new Map<string, OaUser>();

  constructor(
    private readonly options: ZaloSimOptions,
    private readonly feed: EventFeed,
  ) {}

  create(input: NewOaUser): OaUser {
    const mini = input.miniAppUser;
    const userId = mini?.idByOA ?? numericId();
    const user: OaUser = {
      userId,
      userIdByApp: mini?.id ?? numericId(),
      miniAppUserId: mini?.id,
      displayName: (mini?.name ?? input.name).normalize('NFC'),
      avatar: mini?.avatar ?? `https://s120-ava-talk.zadn.vn/sim/${userId}.jpg`,
      phone: input.phone ?? mini?.phone,
      isFollower: false,
      lastInteractionAt: undefined,
      sharedInfo: undefined,
      awaitingInfo: false,
      freeRepliesUsed: 0,
      tags: input.tags ?? [],
      oaMessagesReceived: 0,
      conversation: [],
    };
    this.users.set(userId, user);
    this.feed.append('user_created', publicUser(user), userId);
    return user;
  }

  /**
   * Many followers at once for load runs: they follow and have just interacted, but no webhook or
   * feed event is sent for each (a province's existing audience, not people acting now).
   */
  createMany(count: number, tags: readonly string[]): string[] {
    const ids: string[] = [];
    const now = this.options.now().getTime();
    for (let index = 0; index < count; index += 1) {
      const userId = numericId();
      this.users.set(userId, {
        userId,
        userIdByApp: numericId(),
        miniAppUserId: undefined,
        displayName: `Người theo dõi ${String(index + 1)}`,
        avatar: `https://s120-ava-talk.zadn.vn/sim/${userId}.jpg`,
        phone: undefined,
        isFollower: true,
        lastInteractionAt: now,
        sharedInfo: undefined,
        awaitingInfo: false,
        freeRepliesUsed: 0,
        tags: [...tags],
        oaMessagesReceived: 0,
        conversation: [],
      });
      ids.push(userId);
    }
    return ids;
  }

  /** How many OA messages each user received: `{ "1": 99998, "2": 1 }` (users with none left out). */
  receivedHistogram(): { users: number; messages: number; histogram: Record<string, number> } {
    const histogram: Record<string, number> = {};
    let messages = 0;
    for (const user of this.users.values()) {
      messages += user.oaMessagesReceived;
      if (user.oaMessagesReceived === 0) continue;
      const key = String(user.oaMessagesReceived);
      histogram[key] = (histogram[key] ?? 0) + 1;
    }
    return { users: this.users.size, messages, histogram };
  }

  find(userId: string): OaUser | undefined {
    return this.users.get(userId);
  }

  list(): OaUser[] {
    return [...this.users.values()];
  }

  findByPhone(phone: string): OaUser | undefined {
    return this.list().find((user) => user.phone === phone);
  }

  /** The user a message belongs to (a CS reply may name `recipient.message_id` instead of a user). */
  findByMessageId(msgId: string): OaUser | undefined {
    return this.list().find((user) => user.conversation.some((message) => message.msgId === msgId));
  }

  /** §6: following, messaging and tapping an OA button all count as interaction. */
  touch(user: OaUser): void {
    user.lastInteractionAt = this.options.now().getTime();
    user.freeRepliesUsed = 0;
  }

  /** §6: free within 48 h of the last interaction, billable until 7 days, then closed (-230). */
  csWindow(user: OaUser): CsWindow {
    if (user.lastInteractionAt === undefined) return 'closed';
    const age = this.options.now().getTime() - user.lastInteractionAt;
    if (age < this.options.csFreeWindowMs) return 'free';
    if (age < this.options.csWindowMs) return 'paid';
    return 'closed';
  }

  append(
    user: OaUser,
    message: Omit<ConversationMessage, 'msgId' | 'sentAt'> & { msgId?: string },
  ): ConversationMessage {
    const full: ConversationMessage = {
      ...message,
      msgId: message.msgId ?? messageId(),
      sentAt: this.options.now().toISOString(),
    };
    if (full.from === 'oa') user.oaMessagesReceived += 1;
    user.conversation.push(full);
    const excess = user.conversation.length - this.options.conversationCap;
    if (excess > 0) user.conversation.splice(0, excess);
    this.feed.append('message', full, user.userId);
    return full;
  }

  setStatus(user: OaUser, msgIds: readonly string[], status: 'received' | 'seen'): string[] {
    const changed: string[] = [];
    for (const message of user.conversation) {
      if (message.from !== 'oa' || !msgIds.includes(message.msgId)) continue;
      if (message.status === 'seen' || message.status === status) continue;
      message.status = status;
      changed.push(message.msgId);
    }
    if (changed.length > 0) this.feed.append('message_status', { msgIds: changed, status }, user.userId);
    return changed;
  }
}

/** The user as the scripting API shows it (the conversation is read separately). */
export function publicUser(user: OaUser) {
  return {
    userId: user.userId,
    userIdByApp: user.userIdByApp,
    miniAppUserId: user.miniAppUserId ?? null,
    displayName: user.displayName,
    avatar: user.avatar,
    phone: user.phone ?? null,
    isFollower: user.isFollower,
    lastInteractionAt: user.lastInteractionAt === undefined ? null : new Date(user.lastInteractionAt).toISOString(),
    sharedInfo: user.sharedInfo ?? null,
    awaitingInfo: user.awaitingInfo,
    tags: user.tags,
    oaMessagesReceived: user.oaMessagesReceived,
  };
}
