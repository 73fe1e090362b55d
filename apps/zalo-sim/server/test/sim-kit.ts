import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { startZaloSim, type RunningZaloSim, type ZaloSimOptions } from '../index.ts';

/**
 * A JSON answer as tests read it: assertions check the shape, so the type stays open.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Json = any;

/** Test helpers: a running simulator with a movable clock, and a webhook receiver. */
export interface SimKit {
  running: RunningZaloSim;
  /** Moves the simulator's clock (the `now()` option) forward. */
  advance(ms: number): void;
  now(): Date;
  /** Calls the scripting API; answers status and parsed JSON. */
  script(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }>;
  /** Calls a Zalo host path such as `/openapi/v3.0/oa/message/cs` with the OA access token. */
  zalo(
    path: string,
    init?: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    headers: Headers;
    body: Json;
  }>;
  accessToken: string;
  refreshToken: string;
  close(): Promise<void>;
}

export const hour = 3_600_000;
export const day = 24 * hour;

export async function startKit(
  overrides: Partial<ZaloSimOptions> = {},
  start = '2026-11-24T03:00:00Z',
): Promise<SimKit> {
  let now = new Date(start);
  const running = await startZaloSim({ now: () => now, ...overrides });
  async function script(method: string, path: string, body?: unknown) {
    const response = await fetch(`${running.url}/_sim${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  }
  const pair = (await script('POST', '/oauth/tokens')).body;
  const kit: SimKit = {
    running,
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    now: () => now,
    script,
    async zalo(path, init = {}) {
      const token = init.token === undefined ? kit.accessToken : init.token;
      const headers: Record<string, string> = { ...(token === null ? {} : { access_token: token }), ...init.headers };
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${running.url}${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // an HTML error page from a fault
      }
      return { status: response.status, headers: response.headers, body };
    },
    accessToken: pair.access_token,
    refreshToken: pair.refresh_token,
    close: () => running.close(),
  };
  return kit;
}

/** A user who follows the OA (which counts as an interaction, §6). */
export async function follower(kit: SimKit, name = 'Nguyễn Văn An', phone?: string): Promise<string> {
  const created = await kit.script('POST', '/users', { name, follow: true, ...(phone ? { phone } : {}) });
  return created.body.userId as string;
}

export async function sendCs(kit: SimKit, userId: string, message: unknown, token?: string) {
  return kit.zalo('/openapi/v3.0/oa/message/cs', {
    body: { recipient: { user_id: userId }, message },
    ...(token === undefined ? {} : { token }),
  });
}

export interface ReceivedHook {
  headers: IncomingHttpHeaders;
  body: string;
  json: Json;
}

export interface Receiver {
  url: string;
  hooks: ReceivedHook[];
  /** Decides each answer; default 200 at once. */
  respond: (hook: ReceivedHook, index: number, response: ServerResponse) => void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    hooks: [],
    respond: (_hook, _index, response) => response.writeHead(200).end('ok'),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const hook = { headers: request.headers, body, json: JSON.parse(body) };
      receiver.hooks.push(hook);
      receiver.respond(hook, receiver.hooks.length - 1, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  receiver.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/zalo/webhook`;
  const close = receiver.close;
  receiver.close = () => {
    server.closeAllConnections();
    return close();
  };
  return receiver;
}
