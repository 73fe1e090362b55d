/**
 * How the chat page talks to the simulator's server: the scripting API under `/_sim` (see the
 * README). Types below are the wire shapes that API answers; the page turns them into its own.
 */

/** A Zalo user as `GET /_sim/users` lists them. */
export interface SimUser {
  userId: string;
  userIdByApp: string;
  miniAppUserId: string | null;
  displayName: string;
  avatar: string;
  /** `84…` */
  phone: string | null;
  isFollower: boolean;
  lastInteractionAt: string | null;
  sharedInfo: unknown;
  /** The OA sent a `request_user_info` card that is not answered yet. */
  awaitingInfo: boolean;
}

export type SimButtonType = 'oa.open.url' | 'oa.query.show' | 'oa.query.hide' | 'oa.open.phone' | 'oa.open.sms';

export interface SimButton {
  title: string;
  type: SimButtonType;
  payload: unknown;
}

/** One message of a conversation, either way, as the simulator stores it. */
export interface SimMessage {
  msgId: string;
  from: 'user' | 'oa';
  kind: string;
  text?: string;
  /** Webhook `attachments` for user messages, the CS `attachment` for OA ones. */
  attachment?: unknown;
  buttons?: SimButton[];
  template?: { templateId: string; templateData: Record<string, unknown>; trackingId?: string };
  hidden?: boolean;
  sentAt: string;
  status?: 'sent' | 'received' | 'seen';
}

/** A ZNS template message the OA sent to a phone. */
export interface SimZnsMessage {
  msgId: string;
  phone: string;
  templateId: string;
  templateData: Record<string, unknown>;
  trackingId?: string;
  mode: 'development' | 'production';
  /** Milliseconds since the epoch, as a string (Zalo's convention). */
  sentTime: string;
}

export interface SimZnsTemplate {
  templateId: string;
  name: string;
  params: string[];
}

export type SimEventType =
  'message' | 'message_status' | 'follow' | 'unfollow' | 'user_created' | 'zns' | 'webhook_delivery';

/** One entry of the event feed `GET /_sim/events`. */
export interface SimEvent {
  seq: number;
  at: string;
  type: SimEventType;
  userId?: string;
  data: unknown;
}

export interface NewSimUser {
  name?: string;
  phone?: string;
  follow?: boolean;
  /** Links the Zalo user to a Mini App user, so both ids match as in Zalo. */
  miniAppUserId?: string;
}

export interface SharedInfoInput {
  name: string;
  phone: string;
  address: string;
}

/** A file the citizen picked, read for the wire. */
export interface PickedFile {
  name: string;
  contentType: string;
  base64: string;
}

/** `connecting` until the feed first answers; `offline` while it is down and being retried. */
export type ConnectionStatus = 'connecting' | 'online' | 'offline';

export interface ChatTransport {
  listUsers(): Promise<SimUser[]>;
  createUser(input: NewSimUser): Promise<SimUser>;
  getConversation(userId: string): Promise<{ user: SimUser; messages: SimMessage[] }>;
  follow(userId: string): Promise<void>;
  unfollow(userId: string): Promise<void>;
  sendText(userId: string, text: string): Promise<SimMessage>;
  sendImage(userId: string, image: PickedFile, caption?: string): Promise<SimMessage>;
  sendLocation(userId: string, latitude: number, longitude: number): Promise<SimMessage>;
  sendFile(userId: string, file: PickedFile): Promise<SimMessage>;
  submitInfo(userId: string, info: SharedInfoInput): Promise<SimMessage>;
  /** Taps button `button` of OA message `msgId`; a query button answers the text it sent. */
  tap(userId: string, msgId: string, button: number): Promise<SimMessage | undefined>;
  /** Reports what the citizen's phone received or showed (`user_received_message`, `user_seen_message`). */
  reportReceived(userId: string, msgIds: readonly string[]): Promise<void>;
  reportSeen(userId: string, msgIds: readonly string[]): Promise<void>;
  /** ZNS messages sent to a phone (`84…`). */
  listZns(phone: string): Promise<SimZnsMessage[]>;
  listZnsTemplates(): Promise<SimZnsTemplate[]>;
  /** Where the simulator serves an uploaded image or file (`attachment_id`, file `token`). */
  mediaUrl(id: string): string;
  /** Starts the event feed on the first listener. Returns the unsubscribe function. */
  onEvents(listener: (events: readonly SimEvent[]) => void): () => void;
  /** The feed may have missed events (it came back after failing, or the simulator restarted). */
  onResync(listener: () => void): () => void;
  onConnection(listener: (status: ConnectionStatus) => void): () => void;
  /** Stops the feed and every request under way. */
  close(): void;
}

/** An answer of the scripting API other than 2xx. */
export class SimApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'SimApiError';
  }
}
