import type { FastifyInstance } from 'fastify';
import { failure, invalidField, success, ZaloCode, type ZaloEnvelope } from './envelope.ts';
import { tokenFailure } from './openapi-messages.ts';
import type { SimState } from './sim-state.ts';
import type { OaUser } from './users.ts';
import { vietnamTime } from './zns-store.ts';

/** §3: at most 50 users per page of `getlist`. */
const maxPageSize = 50;

const day = 86_400_000;

/** §3 (SPEC §5.9): `last_interaction_period` values and how far back each reaches. */
const periods: Record<string, number> = { TODAY: 1, YESTERDAY: 2, L7D: 7, L30D: 30 };

/** §3: GET parameters are one query param `data` holding a JSON object. */
function dataParam(raw: unknown): Record<string, unknown> | undefined {
  if (raw === undefined) return {};
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // not JSON: answered with -201 like any invalid parameter
  }
  return undefined;
}

function withData(raw: unknown, answer: (data: Record<string, unknown>) => ZaloEnvelope): ZaloEnvelope {
  const data = dataParam(raw);
  return data === undefined ? invalidField('data') : answer(data);
}

/** §3: "DD/MM/YYYY", in Vietnam's calendar. */
function interactionDate(at: number | undefined): string {
  if (at === undefined) return '';
  const iso = vietnamTime(new Date(at)).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** §3: the v3 user-detail fields (`shared_info` only once the user shared it). */
export function userDetail(user: OaUser) {
  const info = user.sharedInfo;
  return {
    user_id: user.userId,
    user_id_by_app: user.userIdByApp,
    user_external_id: '',
    display_name: user.displayName,
    user_alias: '',
    is_sensitive: false,
    user_last_interaction_date: interactionDate(user.lastInteractionAt),
    user_is_follower: user.isFollower,
    avatar: user.avatar,
    avatars: { '120': user.avatar, '240': user.avatar },
    tags_and_notes_info: { notes: [], tag_names: [...user.tags] },
    ...(info
      ? {
          shared_info: {
            address: info.address,
            city: info.city,
            district: info.district,
            phone: info.phone,
            name: info.name,
          },
        }
      : {}),
  };
}

function detail(state: SimState, data: Record<string, unknown>) {
  const userId = data['user_id'];
  const user = typeof userId === 'string' ? state.users.find(userId) : undefined;
  return user ? success(userDetail(user)) : invalidField('user_id');
}

function list(state: SimState, data: Record<string, unknown>) {
  const offset = data['offset'] ?? 0;
  const count = data['count'] ?? 15;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) return invalidField('offset');
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return invalidField('count');
  if (count > maxPageSize) return failure(ZaloCode.exceedsLimit, 'count exceeds the limit of 50');
  const period = data['last_interaction_period'];
  if (period !== undefined && (typeof period !== 'string' || periods[period] === undefined)) {
    return invalidField('last_interaction_period');
  }
  const tag = data['tag_name'];
  if (tag !== undefined && typeof tag !== 'string') return invalidField('tag_name');
  const now = state.clock.now().getTime();
  const since = period === undefined ? undefined : now - (periods[period] ?? 0) * day;
  const matching = state.users
    .list()
    .filter((user) => user.isFollower || user.lastInteractionAt !== undefined)
    .filter((user) => data['is_follower'] === undefined || user.isFollower === data['is_follower'])
    .filter((user) => since === undefined || (user.lastInteractionAt ?? 0) >= since)
    .filter((user) => tag === undefined || user.tags.includes(tag))
    .sort((a, b) => (b.lastInteractionAt ?? 0) - (a.lastInteractionAt ?? 0));
  const page = matching.slice(offset, offset + count);
  return success({
    total: matching.length,
    count: page.length,
    offset,
    users: page.map((user) => ({ user_id: user.userId })),
  });
}

/** §3 (PHP `gettagsofoa`): the OA's tags, from its users' tags. */
function tagsOfOa(state: SimState) {
  const names = new Set<string>();
  for (const user of state.users.list()) for (const tag of user.tags) names.add(tag);
  return success([...names].sort());
}

/** `openapi.zalo.me` user endpoints (zalo-platform.md §3). */
export function userRoutes(state: SimState) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.get<{ Querystring: { data?: string } }>('/v3.0/oa/user/detail', async (request) => {
      const denied = tokenFailure(state, request);
      return denied ?? withData(request.query.data, (data) => detail(state, data));
    });

    app.get<{ Querystring: { data?: string } }>('/v3.0/oa/user/getlist', async (request) => {
      const denied = tokenFailure(state, request);
      return denied ?? withData(request.query.data, (data) => list(state, data));
    });

    app.get('/v2.0/oa/tag/gettagsofoa', async (request) => tokenFailure(state, request) ?? tagsOfOa(state));
  };
}
