import { runEventFeed, type FeedPage } from './event-feed.ts';
import {
  SimApiError,
  type ChatTransport,
  type ConnectionStatus,
  type SimEvent,
  type SimMessage,
  type SimUser,
  type SimZnsMessage,
  type SimZnsTemplate,
} from './transport.ts';

export interface HttpTransportOptions {
  /** The scripting API's root, e.g. `http://localhost:3000/zalo-sim/_sim` (see `simApiBase`). */
  apiBase: string;
  fetch?: typeof fetch;
  /** Long-poll wait and retry delays of the event feed (tests shorten them). */
  feed?: { waitMs?: number; retryMs?: { first: number; max: number } };
}

/** Requests other than the long poll give up after this long. */
const requestTimeoutMs = 15_000;
/** A long poll is abandoned if it outlives its wait by this much (a dropped connection). */
const pollGraceMs = 10_000;

/**
 * The scripting API's root for a page built with Vite's `base` (`import.meta.env.BASE_URL`):
 * `/zalo-sim/` in the server and in `vite dev` gives `<origin>/zalo-sim/_sim`.
 */
export function simApiBase(baseUrl: string, pageUrl: string): string {
  return new URL('_sim', new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, pageUrl)).href;
}

/**
 * A signal that aborts after `ms` or when `parent` does. Written out because `AbortSignal.any`
 * is missing from the older phone browsers testers use.
 */
function deadline(parent: AbortSignal, ms: number): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const abort = (): void => {
    controller.abort();
  };
  const timer = setTimeout(abort, ms);
  if (parent.aborted) abort();
  else parent.addEventListener('abort', abort);
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      parent.removeEventListener('abort', abort);
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorMessage(body: unknown, status: number): string {
  return isRecord(body) && typeof body['message'] === 'string' ? body['message'] : `HTTP ${String(status)}`;
}

function parseFeedPage(body: unknown): FeedPage {
  if (!isRecord(body) || !Array.isArray(body['events']) || typeof body['lastSeq'] !== 'number') {
    throw new SimApiError(200, 'unexpected event feed answer');
  }
  return { events: body['events'] as SimEvent[], lastSeq: body['lastSeq'] };
}

/** The chat page's transport over the simulator's same-origin scripting API. */
export function createHttpTransport({
  apiBase,
  fetch: fetchFn = fetch,
  feed = {},
}: HttpTransportOptions): ChatTransport {
  const root = apiBase.replace(/\/$/, '');
  const closing = new AbortController();
  const eventListeners = new Set<(events: readonly SimEvent[]) => void>();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  const resyncListeners = new Set<() => void>();
  let stopFeed: (() => void) | undefined;

  async function request<T>(method: string, path: string, body?: unknown, timeoutMs = requestTimeoutMs): Promise<T> {
    const { signal, done } = deadline(closing.signal, timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(`${root}${path}`, {
        method,
        signal,
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      text = await response.text();
    } finally {
      done();
    }
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok) throw new SimApiError(response.status, errorMessage(parsed, response.status));
    return parsed as T;
  }

  function user(userId: string, action: string): string {
    return `/users/${encodeURIComponent(userId)}/${action}`;
  }

  async function poll(after: number, waitMs: number, signal: AbortSignal): Promise<FeedPage> {
    const query = new URLSearchParams({ after: String(after), wait: String(waitMs) });
    const { signal: bounded, done } = deadline(signal, waitMs + pollGraceMs);
    try {
      const response = await fetchFn(`${root}/events?${query.toString()}`, {
        signal: bounded,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new SimApiError(response.status, `HTTP ${String(response.status)}`);
      return parseFeedPage(await response.json());
    } finally {
      done();
    }
  }

  function startFeed(): void {
    if (stopFeed || closing.signal.aborted) return;
    stopFeed = runEventFeed({
      poll,
      ...feed,
      onEvents: (events) => {
        for (const listener of eventListeners) listener(events);
      },
      onStatus: (status) => {
        for (const listener of statusListeners) listener(status);
      },
      onResync: () => {
        for (const listener of resyncListeners) listener();
      },
    });
  }

  function listen<T>(set: Set<T>, listener: T): () => void {
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  return {
    listUsers: () => request<SimUser[]>('GET', '/users'),
    createUser: (input) => request<SimUser>('POST', '/users', input),
    getConversation: (userId) =>
      request<{ user: SimUser; messages: SimMessage[] }>('GET', user(userId, 'conversation')),
    follow: async (userId) => {
      await request('POST', user(userId, 'follow'), {});
    },
    unfollow: async (userId) => {
      await request('POST', user(userId, 'unfollow'), {});
    },
    sendText: (userId, text) => request<SimMessage>('POST', user(userId, 'text'), { text }),
    sendImage: (userId, image, caption) =>
      request<SimMessage>('POST', user(userId, 'image'), {
        base64: image.base64,
        contentType: image.contentType,
        ...(caption === undefined ? {} : { caption }),
      }),
    sendLocation: (userId, latitude, longitude) =>
      request<SimMessage>('POST', user(userId, 'location'), { latitude, longitude }),
    sendFile: (userId, file) => request<SimMessage>('POST', user(userId, 'file'), file),
    submitInfo: (userId, info) => request<SimMessage>('POST', user(userId, 'submit-info'), info),
    async tap(userId, msgId, button) {
      const outcome = await request<unknown>('POST', user(userId, 'tap'), { msgId, button });
      return isRecord(outcome) && isRecord(outcome['sent']) ? (outcome['sent'] as unknown as SimMessage) : undefined;
    },
    reportReceived: async (userId, msgIds) => {
      await request('POST', user(userId, 'received'), { msgIds });
    },
    reportSeen: async (userId, msgIds) => {
      await request('POST', user(userId, 'seen'), { msgIds });
    },
    listZns: (phone) => request<SimZnsMessage[]>('GET', `/zns?phone=${encodeURIComponent(phone)}`),
    listZnsTemplates: () => request<SimZnsTemplate[]>('GET', '/zns/templates'),
    mediaUrl: (id) => `${root}/media/${encodeURIComponent(id)}`,
    onEvents(listener) {
      startFeed();
      return listen(eventListeners, listener);
    },
    onConnection: (listener) => listen(statusListeners, listener),
    onResync: (listener) => listen(resyncListeners, listener),
    close() {
      closing.abort();
      stopFeed?.();
      eventListeners.clear();
      statusListeners.clear();
      resyncListeners.clear();
    },
  };
}
