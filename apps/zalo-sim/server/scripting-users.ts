import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  follow,
  received,
  seen,
  sendFile,
  sendImage,
  sendLocation,
  sendText,
  submitInfo,
  tap,
  unfollow,
} from './citizen-actions.ts';
import { maxTextLength } from './cs-message.ts';
import type { SimState } from './sim-state.ts';
import { publicUser, type OaUser } from './users.ts';
import { normalizePhone } from './zns.ts';

/** Photos and files arrive base64-encoded in JSON: room for a 5 MB file (Zalo's file limit). */
const MEDIA_BODY_LIMIT = 8 * 1024 * 1024;

type Body = Record<string, unknown>;
type UserRequest = FastifyRequest<{ Params: { id: string }; Body: Body | undefined }>;

function text(body: Body, field: string): string | undefined {
  const value = body[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/** The simulator's own root URL (where `/_sim/media/…` is served), behind whatever prefix mounts it. */
function baseUrl(state: SimState, app: FastifyInstance, request: FastifyRequest): string {
  if (state.options.publicUrl !== undefined) return state.options.publicUrl.replace(/\/$/, '');
  return `${request.protocol}://${request.host}${app.prefix.replace(/\/_sim$/, '')}`;
}

/** A list of tag names (NFC, trimmed, no duplicates), or undefined when it is not one. */
function tagList(raw: unknown): string[] | undefined {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.some((tag) => typeof tag !== 'string' || tag.trim() === '')) return undefined;
  return [...new Set((raw as string[]).map((tag) => tag.trim().normalize('NFC')))];
}

function createUser(state: SimState, body: Body, reply: FastifyReply) {
  const miniAppUserId = text(body, 'miniAppUserId');
  const miniAppUser = miniAppUserId === undefined ? undefined : state.miniApp.user(miniAppUserId);
  if (miniAppUserId !== undefined && !miniAppUser) return reply.status(404).send({ message: 'no such Mini App user' });
  if (miniAppUser && state.users.find(miniAppUser.idByOA)) {
    return reply.status(409).send({ message: 'this Mini App user already has a Zalo user' });
  }
  const name = text(body, 'name') ?? miniAppUser?.name;
  if (name === undefined) return reply.status(400).send({ message: 'name is required' });
  const phone = body['phone'] === undefined ? undefined : normalizePhone(body['phone']);
  if (body['phone'] !== undefined && phone === undefined) {
    return reply.status(400).send({ message: 'phone must look like 84912345678 or 0912345678' });
  }
  const user = state.users.create({
    name,
    ...(phone === undefined ? {} : { phone }),
    ...(miniAppUser ? { miniAppUser } : {}),
  });
  if (body['follow'] === true) follow(state, user);
  return reply.status(201).send(publicUser(user));
}

function submitted(user: OaUser, body: Body) {
  return {
    name: text(body, 'name') ?? user.displayName,
    phone: normalizePhone(body['phone']) ?? user.phone ?? '',
    address: text(body, 'address') ?? '',
    city: text(body, 'city') ?? '',
    district: text(body, 'district') ?? '',
    ward: text(body, 'ward') ?? '',
  };
}

/** Citizen actions with a body to check; each answers 201 with the message it created. */
function actionRoutes(
  app: FastifyInstance,
  state: SimState,
  withUser: (request: UserRequest, reply: FastifyReply, act: (user: OaUser, body: Body) => unknown) => unknown,
) {
  app.post('/users/:id/text', (request: UserRequest, reply) =>
    withUser(request, reply, (user, body) => {
      const value = text(body, 'text');
      if (value === undefined || value.length > maxTextLength)
        return reply.status(400).send({ message: 'text is required (≤ 2,000 characters)' });
      return reply.status(201).send(sendText(state, user, value));
    }),
  );
  app.post('/users/:id/image', { bodyLimit: MEDIA_BODY_LIMIT }, (request: UserRequest, reply) =>
    withUser(request, reply, (user, body) => {
      const data = text(body, 'base64');
      const caption = text(body, 'caption');
      const sent = sendImage(state, user, {
        baseUrl: baseUrl(state, app, request),
        ...(data === undefined
          ? {}
          : { bytes: Buffer.from(data, 'base64'), contentType: text(body, 'contentType') ?? 'image/jpeg' }),
        ...(caption === undefined ? {} : { caption }),
      });
      return reply.status(201).send(sent);
    }),
  );
  app.post('/users/:id/location', (request: UserRequest, reply) =>
    withUser(request, reply, (user, body) => {
      const { latitude, longitude } = body;
      if (typeof latitude !== 'number' || typeof longitude !== 'number') {
        return reply.status(400).send({ message: 'latitude and longitude are required numbers' });
      }
      return reply.status(201).send(sendLocation(state, user, latitude, longitude));
    }),
  );
  app.post('/users/:id/file', { bodyLimit: MEDIA_BODY_LIMIT }, (request: UserRequest, reply) =>
    withUser(request, reply, (user, body) => {
      const bytes = Buffer.from(text(body, 'base64') ?? Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'), 'base64');
      const name = text(body, 'name') ?? 'ho-so.pdf';
      const contentType = text(body, 'contentType') ?? 'application/pdf';
      return reply
        .status(201)
        .send(sendFile(state, user, { baseUrl: baseUrl(state, app, request), name, bytes, contentType }));
    }),
  );
  app.post('/users/:id/submit-info', (request: UserRequest, reply) =>
    withUser(request, reply, (user, body) => {
      const outcome = submitInfo(state, user, submitted(user, body));
      if (outcome === 'no_request')
        return reply.status(409).send({ message: 'the OA has not sent a request_user_info card' });
      return reply.status(201).send(outcome);
    }),
  );
  app.post('/users/:id/tap', (request: UserRequest, reply) =>
    withUser(request, reply, (user, body) => {
      const msgId = text(body, 'msgId');
      const button = typeof body['button'] === 'number' ? body['button'] : 0;
      const outcome = msgId === undefined ? 'no_message' : tap(state, user, msgId, button);
      if (outcome === 'no_message') return reply.status(404).send({ message: 'no such OA message' });
      if (outcome === 'no_button') return reply.status(404).send({ message: 'the message has no such button' });
      return reply.status(201).send(outcome);
    }),
  );
}

/** `/_sim/users…`: play a Zalo user (not part of Zalo). */
export function scriptUserRoutes(state: SimState) {
  return async function register(app: FastifyInstance): Promise<void> {
    function withUser(request: UserRequest, reply: FastifyReply, act: (user: OaUser, body: Body) => unknown) {
      const user = state.users.find(request.params.id);
      if (!user) return reply.status(404).send({ message: 'no such user' });
      return act(user, request.body ?? {});
    }

    app.post<{ Body: Body | undefined }>('/users', async (request, reply) =>
      createUser(state, request.body ?? {}, reply),
    );
    app.get('/users', async () => state.users.list().map(publicUser));
    // Load runs: a province's existing audience in one call, and how many OA messages each got.
    app.post<{ Body: Body | undefined }>('/users/bulk', async (request, reply) => {
      const body = request.body ?? {};
      const count = body['count'];
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1_000_000) {
        return reply.status(400).send({ message: 'count must be an integer from 1 to 1000000' });
      }
      const tags = tagList(body['tags']);
      if (tags === undefined) return reply.status(400).send({ message: 'tags must be a list of names' });
      return reply.status(201).send({ ids: state.users.createMany(count, tags) });
    });
    app.get('/users/received', async () => state.users.receivedHistogram());
    app.put('/users/:id/tags', (request: UserRequest, reply) =>
      withUser(request, reply, (user, body) => {
        const tags = tagList(body['tags']);
        if (tags === undefined) return reply.status(400).send({ message: 'tags must be a list of names' });
        user.tags = tags;
        return publicUser(user);
      }),
    );
    app.get('/users/:id', (request: UserRequest, reply) => withUser(request, reply, (user) => publicUser(user)));
    app.get('/users/:id/conversation', (request: UserRequest, reply) =>
      withUser(request, reply, (user) => ({ user: publicUser(user), messages: user.conversation })),
    );
    app.post('/users/:id/follow', (request: UserRequest, reply) =>
      withUser(request, reply, (user, body) => ({ changed: follow(state, user, text(body, 'source')) })),
    );
    app.post('/users/:id/unfollow', (request: UserRequest, reply) =>
      withUser(request, reply, (user, body) => ({ changed: unfollow(state, user, text(body, 'source')) })),
    );
    app.post('/users/:id/received', (request: UserRequest, reply) =>
      withUser(request, reply, (user, body) => ({ msgIds: received(state, user, stringList(body['msgIds'])) })),
    );
    app.post('/users/:id/seen', (request: UserRequest, reply) =>
      withUser(request, reply, (user, body) => ({ msgIds: seen(state, user, stringList(body['msgIds'])) })),
    );
    actionRoutes(app, state, withUser);

    app.get<{ Params: { id: string } }>('/media/:id', async (request, reply) => {
      const media = state.media.find(request.params.id);
      if (!media) return reply.status(404).send({ message: 'no such media' });
      return reply.type(media.contentType).send(media.bytes);
    });
  };
}
