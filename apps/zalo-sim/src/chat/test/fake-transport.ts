import type {
  ChatTransport,
  ConnectionStatus,
  SimEvent,
  SimMessage,
  SimUser,
  SimZnsMessage,
  SimZnsTemplate,
} from '../transport.ts';

/** One call the page made, by method name and arguments. */
export interface FakeCall {
  method: keyof ChatTransport;
  args: unknown[];
}

/** A transport kept in memory: tests set what the "server" holds and push events to the page. */
export interface FakeTransport extends ChatTransport {
  calls: FakeCall[];
  users: SimUser[];
  conversations: Map<string, SimMessage[]>;
  zns: SimZnsMessage[];
  templates: SimZnsTemplate[];
  /** When set, the next call fails with it. */
  failNext: Error | undefined;
  emit(events: readonly Omit<SimEvent, 'seq' | 'at'>[]): void;
  setConnection(status: ConnectionStatus): void;
  callsOf(method: keyof ChatTransport): unknown[][];
}

export const sentAt = '2026-01-05T01:15:00.000Z';

export function simUser(overrides: Partial<SimUser> = {}): SimUser {
  return {
    userId: '1001',
    userIdByApp: '2001',
    miniAppUserId: null,
    displayName: 'Nguyễn Văn An',
    avatar: '',
    phone: '84912345678',
    isFollower: true,
    lastInteractionAt: null,
    sharedInfo: null,
    awaitingInfo: false,
    ...overrides,
  };
}

export function oaMessage(overrides: Partial<SimMessage> & Pick<SimMessage, 'kind'>): SimMessage {
  return { msgId: `oa-${overrides.kind}`, from: 'oa', sentAt, status: 'sent', ...overrides };
}

export function createFakeTransport(): FakeTransport {
  let seq = 0;
  let stored = 0;
  const eventListeners = new Set<(events: readonly SimEvent[]) => void>();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();

  function record(method: keyof ChatTransport, args: unknown[]): void {
    fake.calls.push({ method, args });
    const failure = fake.failNext;
    if (failure) {
      fake.failNext = undefined;
      throw failure;
    }
  }

  function store(userId: string, message: Omit<SimMessage, 'msgId' | 'sentAt' | 'from'>): SimMessage {
    stored += 1;
    const full: SimMessage = { ...message, msgId: `u${String(stored)}`, from: 'user', sentAt };
    fake.conversations.set(userId, [...(fake.conversations.get(userId) ?? []), full]);
    return full;
  }

  const fake: FakeTransport = {
    calls: [],
    users: [],
    conversations: new Map(),
    zns: [],
    templates: [],
    failNext: undefined,
    async listUsers() {
      record('listUsers', []);
      return [...fake.users];
    },
    async createUser(input) {
      record('createUser', [input]);
      const user = simUser({
        userId: String(1001 + fake.users.length),
        displayName: input.name ?? 'Mini App',
        phone: input.phone === undefined ? null : `84${input.phone.replace(/^0/, '')}`,
        isFollower: input.follow === true,
        miniAppUserId: input.miniAppUserId ?? null,
      });
      fake.users.push(user);
      return user;
    },
    async getConversation(userId) {
      record('getConversation', [userId]);
      const user = fake.users.find((candidate) => candidate.userId === userId);
      if (!user) throw new Error('no such user');
      return { user, messages: fake.conversations.get(userId) ?? [] };
    },
    async follow(userId) {
      record('follow', [userId]);
    },
    async unfollow(userId) {
      record('unfollow', [userId]);
    },
    async sendText(userId, text) {
      record('sendText', [userId, text]);
      return store(userId, { kind: 'text', text });
    },
    async sendImage(userId, image, caption) {
      record('sendImage', [userId, image, caption]);
      const url = `http://sim.test/_sim/media/${image.name}`;
      return store(userId, {
        kind: 'image',
        ...(caption === undefined ? {} : { text: caption }),
        attachment: [{ type: 'image', payload: { url, thumbnail: url } }],
      });
    },
    async sendLocation(userId, latitude, longitude) {
      record('sendLocation', [userId, latitude, longitude]);
      const coordinates = { latitude: String(latitude), longitude: String(longitude) };
      return store(userId, { kind: 'location', attachment: [{ type: 'location', payload: { coordinates } }] });
    },
    async sendFile(userId, file) {
      record('sendFile', [userId, file]);
      const payload = { url: `http://sim.test/_sim/media/${file.name}`, name: file.name, size: '15', type: 'pdf' };
      return store(userId, { kind: 'file', attachment: [{ type: 'file', payload }] });
    },
    async submitInfo(userId, info) {
      record('submitInfo', [userId, info]);
      return store(userId, { kind: 'submit_info', text: `${info.name} · ${info.phone}` });
    },
    async tap(userId, msgId, button) {
      record('tap', [userId, msgId, button]);
      const message = fake.conversations.get(userId)?.find((candidate) => candidate.msgId === msgId);
      const tapped = message?.buttons?.[button];
      if (!tapped) throw new Error('the message has no such button');
      if (tapped.type !== 'oa.query.show' && tapped.type !== 'oa.query.hide') return undefined;
      return store(userId, { kind: 'text', text: String(tapped.payload), hidden: tapped.type === 'oa.query.hide' });
    },
    async reportReceived(userId, msgIds) {
      record('reportReceived', [userId, msgIds]);
    },
    async reportSeen(userId, msgIds) {
      record('reportSeen', [userId, msgIds]);
    },
    async listZns(phone) {
      record('listZns', [phone]);
      return fake.zns.filter((message) => message.phone === phone);
    },
    async listZnsTemplates() {
      record('listZnsTemplates', []);
      return fake.templates;
    },
    mediaUrl: (id) => `http://sim.test/_sim/media/${id}`,
    onEvents(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onConnection(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onResync: () => () => undefined,
    close() {
      eventListeners.clear();
      statusListeners.clear();
    },
    emit(events) {
      const full = events.map((event) => {
        seq += 1;
        return { ...event, seq, at: sentAt };
      });
      for (const listener of eventListeners) listener(full);
    },
    setConnection(status) {
      for (const listener of statusListeners) listener(status);
    },
    callsOf: (method) => fake.calls.filter((call) => call.method === method).map((call) => call.args),
  };
  return fake;
}
