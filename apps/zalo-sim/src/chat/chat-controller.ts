import {
  currentUser,
  initialChatState,
  reduceChat,
  type ChatEvent,
  type ChatMessage,
  type ChatState,
  type MessageBody,
} from './chat-state.ts';
import { chatEventsFor } from './feed-events.ts';
import { toChatMessage, toZnsEntry } from './messages.ts';
import type {
  ChatTransport,
  NewSimUser,
  PickedFile,
  SharedInfoInput,
  SimEvent,
  SimMessage,
  SimUser,
} from './transport.ts';

export interface ChatController {
  getState(): ChatState;
  subscribe(listener: (state: ChatState) => void): () => void;
  /** Loads the users and follows the event feed; picks `userId` when it still exists. */
  start(userId?: string): Promise<void>;
  selectUser(userId: string | undefined): Promise<void>;
  createUser(input: NewSimUser): Promise<void>;
  follow(): Promise<void>;
  unfollow(): Promise<void>;
  /** Ignores blank text; otherwise shows the message at once and marks whether it was delivered. */
  send(text: string): Promise<void>;
  sendImage(image: PickedFile, caption?: string): Promise<void>;
  sendLocation(latitude: number, longitude: number): Promise<void>;
  sendFile(file: PickedFile): Promise<void>;
  /** Taps button `index` of OA message `msgId` (query buttons send their text; links count as interaction). */
  tap(msgId: string, index: number): Promise<void>;
  submitInfo(info: SharedInfoInput): Promise<void>;
  /** When on, the phone reports OA messages as received at once and as seen while the page is visible. */
  setAutoReport(on: boolean): void;
  reportSeen(): Promise<void>;
  /** Shows why an action could not start (e.g. a file too large), like a failed one. */
  showProblem(problem: string | undefined): void;
  dispose(): void;
}

interface ChatControllerOptions {
  transport: ChatTransport;
  now?: () => Date;
  /** Page-local ids; `crypto.randomUUID` is missing on plain-http LAN addresses, so a counter. */
  newId?: () => string;
  isVisible?: () => boolean;
}

function counterIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `local-${String(next)}`;
  };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function createChatController({
  transport,
  now = () => new Date(),
  newId = counterIds(),
  isVisible = () => typeof document === 'undefined' || document.visibilityState === 'visible',
}: ChatControllerOptions): ChatController {
  let state = initialChatState;
  let autoReport = true;
  const listeners = new Set<(state: ChatState) => void>();
  const stops: (() => void)[] = [];
  const reported = { received: new Set<string>(), seen: new Set<string>() };

  function apply(event: ChatEvent): void {
    const next = reduceChat(state, event);
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(state);
  }

  const chatMessage = (message: SimMessage): ChatMessage | undefined =>
    toChatMessage(message, (id) => transport.mediaUrl(id));

  /** Runs an action for the current user; a failure is shown until the next action. */
  async function act(action: (user: SimUser) => Promise<void>): Promise<void> {
    const user = currentUser(state);
    if (!user) return;
    apply({ type: 'problem_changed', problem: undefined });
    try {
      await action(user);
    } catch (error) {
      apply({ type: 'problem_changed', problem: reason(error) });
    }
  }

  /** Shows a citizen's message at once, then the stored one (or why it was not sent). */
  async function sendAs(body: MessageBody, send: (userId: string) => Promise<SimMessage>): Promise<void> {
    const user = currentUser(state);
    if (!user) return;
    const localId = newId();
    apply({ type: 'message_added', message: { kind: 'citizen', id: localId, body, at: now(), delivery: 'sending' } });
    try {
      const stored = await send(user.userId);
      apply({ type: 'message_settled', localId, message: chatMessage(stored) });
    } catch (error) {
      apply({ type: 'message_settled', localId, message: undefined, problem: reason(error) });
    }
    void reportStatuses();
  }

  async function reportStatuses(): Promise<void> {
    const user = currentUser(state);
    if (!autoReport || !user) return;
    const oa = state.messages.filter((message) => message.kind === 'oa');
    const toReceive = oa.filter((message) => message.status === 'sent' && !reported.received.has(message.id));
    const toSee = isVisible()
      ? oa.filter((message) => message.status !== 'seen' && !reported.seen.has(message.id))
      : [];
    try {
      if (toReceive.length > 0) {
        for (const message of toReceive) reported.received.add(message.id);
        await transport.reportReceived(
          user.userId,
          toReceive.map((message) => message.id),
        );
      }
      if (toSee.length > 0) {
        for (const message of toSee) reported.seen.add(message.id);
        await transport.reportSeen(
          user.userId,
          toSee.map((message) => message.id),
        );
      }
    } catch {
      // The feed reconnects and resyncs; reports are retried on the next change.
      reported.received.clear();
      reported.seen.clear();
    }
  }

  async function loadUser(userId: string): Promise<void> {
    const { user, messages } = await transport.getConversation(userId);
    const shown = messages.flatMap((message) => chatMessage(message) ?? []);
    apply({ type: 'conversation_loaded', user, messages: shown });
    if (user.phone !== null) {
      const zns = await transport.listZns(user.phone);
      apply({ type: 'zns_loaded', entries: zns.map(toZnsEntry) });
    }
    void reportStatuses();
  }

  async function loadTemplates(): Promise<void> {
    const templates = await transport.listZnsTemplates();
    apply({
      type: 'templates_loaded',
      names: Object.fromEntries(templates.map((template) => [template.templateId, template.name])),
    });
  }

  async function resync(): Promise<void> {
    try {
      apply({ type: 'users_loaded', users: await transport.listUsers() });
      if (state.userId !== undefined) await loadUser(state.userId);
    } catch {
      // Still down: the feed reports it and resyncs again when it is back.
    }
  }

  async function selectUser(userId: string | undefined): Promise<void> {
    apply({ type: 'user_selected', userId });
    reported.received.clear();
    reported.seen.clear();
    if (userId === undefined) return;
    try {
      await loadUser(userId);
    } catch (error) {
      apply({ type: 'problem_changed', problem: reason(error) });
    }
  }

  function onEvent(event: SimEvent): void {
    const mediaUrl = (id: string): string => transport.mediaUrl(id);
    for (const change of chatEventsFor(event, state, { newId, mediaUrl })) apply(change);
    if (event.type !== 'zns' || !isRecord(event.data)) return;
    const templateId = event.data['templateId'];
    if (typeof templateId === 'string' && state.templateNames[templateId] === undefined) {
      void loadTemplates().catch(() => undefined);
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async start(userId) {
      stops.push(
        transport.onConnection((status) => {
          apply({ type: 'connection_changed', status });
        }),
        transport.onResync(() => void resync()),
        transport.onEvents((events) => {
          for (const event of events) onEvent(event);
          void reportStatuses();
        }),
      );
      try {
        apply({ type: 'users_loaded', users: await transport.listUsers() });
        await loadTemplates();
      } catch (error) {
        apply({ type: 'problem_changed', problem: reason(error) });
        return;
      }
      if (userId !== undefined && state.users.some((user) => user.userId === userId)) await selectUser(userId);
    },
    selectUser,
    async createUser(input) {
      apply({ type: 'problem_changed', problem: undefined });
      try {
        const user = await transport.createUser(input);
        apply({ type: 'user_changed', user });
        await selectUser(user.userId);
      } catch (error) {
        apply({ type: 'problem_changed', problem: reason(error) });
      }
    },
    follow: () =>
      act(async (user) => {
        await transport.follow(user.userId);
        apply({ type: 'follow_changed', userId: user.userId, isFollower: true, id: newId(), at: now() });
      }),
    unfollow: () =>
      act(async (user) => {
        await transport.unfollow(user.userId);
        apply({ type: 'follow_changed', userId: user.userId, isFollower: false, id: newId(), at: now() });
      }),
    async send(text) {
      const trimmed = text.trim();
      if (trimmed === '') return;
      await sendAs({ kind: 'text', text: trimmed }, (userId) => transport.sendText(userId, trimmed));
    },
    sendImage: (image, caption) =>
      sendAs(
        {
          kind: 'image',
          url: `data:${image.contentType};base64,${image.base64}`,
          ...(caption === undefined ? {} : { caption }),
        },
        (userId) => transport.sendImage(userId, image, caption),
      ),
    sendLocation: (latitude, longitude) =>
      sendAs({ kind: 'location', latitude, longitude }, (userId) =>
        transport.sendLocation(userId, latitude, longitude),
      ),
    sendFile: (file) =>
      sendAs({ kind: 'file', url: `data:${file.contentType};base64,${file.base64}`, name: file.name }, (userId) =>
        transport.sendFile(userId, file),
      ),
    tap: (msgId, index) =>
      act(async (user) => {
        const sent = await transport.tap(user.userId, msgId, index);
        const message = sent === undefined ? undefined : chatMessage(sent);
        if (message) apply({ type: 'message_added', message });
      }),
    submitInfo: (info) =>
      act(async (user) => {
        const sent = await transport.submitInfo(user.userId, info);
        apply({ type: 'awaiting_info_changed', userId: user.userId, awaitingInfo: false });
        const message = chatMessage(sent);
        if (message) apply({ type: 'message_added', message });
      }),
    setAutoReport(on) {
      autoReport = on;
      if (on) void reportStatuses();
    },
    reportSeen: () => reportStatuses(),
    showProblem(problem) {
      apply({ type: 'problem_changed', problem });
    },
    dispose() {
      for (const stop of stops.splice(0)) stop();
      listeners.clear();
    },
  };
}
