import type { FastifyInstance } from 'fastify';
import { maxPollWaitMs } from './events.ts';
import { faultKinds, type FaultKind, type FaultSpec } from './faults.ts';
import { pkceChallenge } from './oa-tokens.ts';
import type { SimState } from './sim-state.ts';
import type { ZnsTemplate } from './zns-store.ts';
import { normalizePhone } from './zns.ts';

type Body = Record<string, unknown>;

const templateStatuses: readonly ZnsTemplate['status'][] = ['ENABLE', 'PENDING_REVIEW', 'REJECT', 'DISABLE'];

function optionalNumber(value: unknown): number | undefined | 'bad' {
  if (value === undefined) return undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 'bad';
}

/** A fault from the script, or why it is not one. */
export function parseFault(raw: unknown): FaultSpec | string {
  if (typeof raw !== 'object' || raw === null) return 'a fault is an object';
  const body = raw as Body;
  const kind = body['kind'];
  if (!faultKinds.includes(kind as FaultKind)) return `kind must be one of ${faultKinds.join(', ')}`;
  const endpoint = body['endpoint'] ?? '*';
  if (typeof endpoint !== 'string' || (endpoint !== '*' && !endpoint.startsWith('/'))) {
    return 'endpoint is "*" or a path such as /openapi/v3.0/oa/message/cs';
  }
  const numbers = { times: body['times'], forMs: body['forMs'], status: body['status'], delayMs: body['delayMs'] };
  const spec: FaultSpec = { endpoint, kind: kind as FaultKind };
  for (const [field, value] of Object.entries(numbers)) {
    const parsed = optionalNumber(value);
    if (parsed === 'bad') return `${field} must be a non-negative number`;
    if (parsed !== undefined) spec[field as 'times' | 'forMs' | 'status' | 'delayMs'] = parsed;
  }
  if (spec.status !== undefined && (spec.status < 500 || spec.status > 599)) return 'status must be 5xx';
  return spec;
}

function oauthScript(app: FastifyInstance, state: SimState): void {
  app.post('/oauth/tokens', async (_request, reply) => reply.status(201).send(state.tokens.mint()));
  app.post<{ Body: Body | undefined }>('/oauth/revoke', async (request) => {
    const body = request.body ?? {};
    const accessToken = typeof body['access_token'] === 'string' ? body['access_token'] : undefined;
    const refreshToken = typeof body['refresh_token'] === 'string' ? body['refresh_token'] : undefined;
    const which = {
      ...(accessToken === undefined ? {} : { accessToken }),
      ...(refreshToken === undefined ? {} : { refreshToken }),
    };
    return { revoked: state.tokens.revoke(which) };
  });
  app.post<{ Body: Body | undefined }>('/oauth/expire', async (request) => {
    const token = request.body?.['access_token'];
    return { expired: state.tokens.expireAccessTokens(typeof token === 'string' ? token : undefined) };
  });
  app.post<{ Body: Body | undefined }>('/oauth/code', async (request, reply) => {
    const body = request.body ?? {};
    const challenge =
      typeof body['code_challenge'] === 'string'
        ? body['code_challenge']
        : typeof body['code_verifier'] === 'string'
          ? pkceChallenge(body['code_verifier'])
          : undefined;
    if (challenge === undefined)
      return reply.status(400).send({ message: 'code_challenge or code_verifier is required' });
    return reply.status(201).send({ code: state.tokens.issueCode(challenge), oa_id: state.options.oaId });
  });
}

function faultScript(app: FastifyInstance, state: SimState): void {
  app.post<{ Body: unknown }>('/faults', async (request, reply) => {
    const body = request.body;
    const list: unknown = Array.isArray(body) ? body : (body as Body | undefined)?.['faults'];
    if (!Array.isArray(list)) return reply.status(400).send({ message: 'send a list of faults' });
    const parsed = (list as unknown[]).map(parseFault);
    const problem = parsed.find((item) => typeof item === 'string');
    if (problem !== undefined) return reply.status(400).send({ message: problem });
    return reply.status(201).send(state.faults.add(parsed as FaultSpec[]));
  });
  app.get('/faults', async () => state.faults.list());
  app.delete('/faults', async (_request, reply) => {
    state.faults.clear();
    return reply.status(204).send();
  });
}

function znsScript(app: FastifyInstance, state: SimState): void {
  app.post<{ Body: Body | undefined }>('/zns/templates', async (request, reply) => {
    const body = request.body ?? {};
    const params = body['params'];
    const status = body['status'] ?? 'ENABLE';
    if (!Array.isArray(params) || !params.every((param) => typeof param === 'string')) {
      return reply.status(400).send({ message: 'params is a list of parameter names' });
    }
    if (!templateStatuses.includes(status as ZnsTemplate['status'])) {
      return reply.status(400).send({ message: `status is one of ${templateStatuses.join(', ')}` });
    }
    const id = body['templateId'];
    const template = state.zns.putTemplate({
      ...(typeof id === 'string' ? { templateId: id } : {}),
      name: typeof body['name'] === 'string' ? body['name'] : 'template',
      params: params,
      status: status as ZnsTemplate['status'],
    });
    return reply.status(201).send(template);
  });
  app.get('/zns/templates', async () => state.zns.listTemplates());
  app.put<{ Body: Body | undefined }>('/zns/quota', async (request, reply) => {
    const remaining = request.body?.['remaining'];
    if (typeof remaining !== 'number' || remaining < 0)
      return reply.status(400).send({ message: 'remaining is a number' });
    state.zns.setRemaining(remaining);
    return state.zns.quota();
  });
  app.get<{ Querystring: { phone?: string } }>('/zns', async (request) => {
    const phone =
      request.query.phone === undefined ? undefined : (normalizePhone(request.query.phone) ?? request.query.phone);
    return state.zns.received(phone);
  });
}

/** `/_sim/…`: the scripting API tests and the chat page use (not part of Zalo). */
export function scriptRoutes(state: SimState) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.put<{ Body: Body | undefined }>('/webhook', async (request, reply) => {
      const url = request.body?.['url'];
      if (url !== null && (typeof url !== 'string' || !URL.canParse(url))) {
        return reply.status(400).send({ message: 'url is an absolute URL or null' });
      }
      state.webhooks.url = url ?? undefined;
      return { url };
    });
    app.get('/webhook', async () => ({ url: state.webhooks.url ?? null, deliveries: state.webhooks.deliveries() }));
    app.get<{ Querystring: { after?: string; wait?: string; userId?: string } }>('/events', async (request) => {
      const after = Number(request.query.after ?? 0) || 0;
      const wait = Math.min(Number(request.query.wait ?? 0) || 0, maxPollWaitMs);
      const events = await state.feed.poll(after, wait, request.query.userId);
      return { events, lastSeq: state.feed.lastSeq };
    });
    app.get('/clock', async () => ({ now: state.clock.now().toISOString(), offsetMs: state.clock.offset }));
    app.post<{ Body: Body | undefined }>('/clock', async (request, reply) => {
      const advance = request.body?.['advanceMs'];
      if (typeof advance !== 'number' || !Number.isFinite(advance))
        return reply.status(400).send({ message: 'advanceMs is a number' });
      return { now: state.clock.advance(advance).toISOString(), offsetMs: state.clock.offset };
    });
    oauthScript(app, state);
    faultScript(app, state);
    znsScript(app, state);
  };
}
