import { ZaloTokenUnavailable, type OaTokenStore } from './oa-tokens.ts';
import { callZalo, type ZaloAnswer, type ZaloHosts } from './zalo-http.ts';

export interface ZaloFollowersDeps {
  tokens: OaTokenStore;
  hosts: () => ZaloHosts;
}

/** A follower as Zalo's user detail describes them (zalo-platform.md §3). */
export interface ZaloFollowerProfile {
  oaUserId: string;
  appUserId?: string;
  follower: boolean;
  tags: string[];
  lastInteractionAt?: Date;
  address?: string;
}

const obj = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * `user_last_interaction_date` is a day, "DD/MM/YYYY" in Vietnam: read as the end of that day
 * (UTC+7), so nobody who wrote that evening is taken for silent.
 */
export function interactionDay(raw: unknown): Date | undefined {
  const match = typeof raw === 'string' ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw) : null;
  if (!match) return undefined;
  const [, day, month, year] = match;
  const at = new Date(`${String(year)}-${String(month)}-${String(day)}T23:59:59+07:00`);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** The follower list and profiles of a province's OA (`/v3.0/oa/user/getlist`, `/v3.0/oa/user/detail`). */
export function zaloFollowers(deps: ZaloFollowersDeps) {
  async function get(tenantId: string, path: string, data: Record<string, unknown>): Promise<Record<string, unknown>> {
    const call = async (accessToken: string): Promise<ZaloAnswer> =>
      callZalo(`${deps.hosts().openapi}${path}?data=${encodeURIComponent(JSON.stringify(data))}`, {
        method: 'GET',
        headers: { access_token: accessToken },
      });
    let token = await deps.tokens.current(tenantId);
    let answer = await call(token.accessToken);
    if (answer.kind === 'envelope' && (answer.error === -216 || answer.error === -220)) {
      token = await deps.tokens.refresh(tenantId, token);
      answer = await call(token.accessToken);
    }
    if (answer.kind === 'transport') throw new ZaloTokenUnavailable(`Zalo ${path}: ${answer.reason}`, true);
    if (answer.error !== 0) throw new Error(`Zalo ${path} answered ${String(answer.error)}`);
    return obj(answer.body['data']);
  }

  return {
    async page(tenantId: string, offset: number, count: number): Promise<{ total: number; oaUserIds: string[] }> {
      const data = await get(tenantId, '/v3.0/oa/user/getlist', { offset, count, is_follower: true });
      const users = Array.isArray(data['users']) ? data['users'] : [];
      return {
        total: typeof data['total'] === 'number' ? data['total'] : 0,
        oaUserIds: users.map((user) => str(obj(user)['user_id'])).filter((id): id is string => id !== undefined),
      };
    },

    async profile(tenantId: string, oaUserId: string): Promise<ZaloFollowerProfile | undefined> {
      let data: Record<string, unknown>;
      try {
        data = await get(tenantId, '/v3.0/oa/user/detail', { user_id: oaUserId });
      } catch (error) {
        // A person who left Zalo between the list and the detail: skip them.
        if (error instanceof Error && / answered -201$/.test(error.message)) return undefined;
        throw error;
      }
      const tags = obj(data['tags_and_notes_info'])['tag_names'];
      const shared = obj(data['shared_info']);
      const address = [str(shared['address']), str(shared['district']), str(shared['city'])]
        .filter((part): part is string => part !== undefined)
        .join(', ');
      const appUserId = str(data['user_id_by_app']);
      const lastInteractionAt = interactionDay(data['user_last_interaction_date']);
      return {
        oaUserId,
        follower: data['user_is_follower'] === true,
        tags: Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [],
        ...(appUserId ? { appUserId } : {}),
        ...(lastInteractionAt ? { lastInteractionAt } : {}),
        ...(address !== '' ? { address: address.normalize('NFC') } : {}),
      };
    },
  };
}
