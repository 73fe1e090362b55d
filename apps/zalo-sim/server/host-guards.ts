import { STATUS_CODES } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { failure, ZaloCode } from './envelope.ts';
import type { ActiveFault } from './faults.ts';
import { accessTokenHeader } from './oa-tokens.ts';
import type { SimState } from './sim-state.ts';

const defaultHangMs = 120_000;

/** Hanging requests, released when the simulator closes. */
const hangs = new WeakMap<SimState, Set<() => void>>();

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function rateLimited(reply: FastifyReply) {
  return reply.send(failure(ZaloCode.rateLimited, 'Rate limit reached'));
}

/** Holds the connection without answering until the client gives up (or `delayMs`), then drops it. */
async function hang(state: SimState, request: FastifyRequest, reply: FastifyReply, fault: ActiveFault): Promise<void> {
  reply.hijack();
  const released = hangs.get(state) ?? new Set<() => void>();
  hangs.set(state, released);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, fault.delayMs ?? defaultHangMs);
    request.raw.socket.once('close', done);
    released.add(done);
    function done(): void {
      clearTimeout(timer);
      released.delete(done);
      resolve();
    }
  });
  request.raw.socket.destroy();
}

async function applyFault(state: SimState, request: FastifyRequest, reply: FastifyReply, fault: ActiveFault) {
  switch (fault.kind) {
    case 'http_error': {
      const status = fault.status ?? 503;
      const text = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
      return reply.status(status).type('text/html; charset=utf-8').send(`<html><body><h1>${text}</h1></body></html>`);
    }
    case 'hang':
      return hang(state, request, reply, fault);
    case 'slow':
      await sleep(fault.delayMs ?? 1_000);
      return undefined;
    case 'rate_limit':
      reply.header('X-RateLimit-Remain', '0');
      return rateLimited(reply);
    case 'revoke_token': {
      // The call then meets a revoked token and answers -216 like any other.
      const token = accessTokenHeader(request);
      state.tokens.revoke(token === undefined ? {} : { accessToken: token });
      return undefined;
    }
  }
}

/**
 * Hooks for one of Zalo's hosts: injected faults first, then (OA hosts) the §6 rate limit, whose
 * `X-RateLimit-Limit`/`X-RateLimit-Remain` headers go on every answer.
 */
export function guardHost(app: FastifyInstance, state: SimState, hostPath: string, limits: { rate: boolean }): void {
  const prefix = app.prefix;
  app.addHook('onRequest', async (request, reply) => {
    if (limits.rate) {
      const taken = state.rateLimiter.take();
      reply.header('X-RateLimit-Limit', String(taken.limit));
      reply.header('X-RateLimit-Remain', String(taken.remain));
      if (!taken.allowed) return rateLimited(reply);
    }
    const path = hostPath + (request.url.split('?')[0] ?? '').slice(prefix.length);
    const fault = state.faults.take(path);
    return fault ? applyFault(state, request, reply, fault) : undefined;
  });
}

/** Ends every hanging request (the server is closing). */
export function releaseHangs(state: SimState): void {
  for (const release of [...(hangs.get(state) ?? [])]) release();
}
