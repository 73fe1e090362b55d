import { apiUrl } from '../../config.ts';
import { requestJson } from '../../lib/http.ts';
import type { Audience, Broadcast, BroadcastList, BroadcastTarget, CreateBroadcastBody, FollowerTag } from './types.ts';

const BROADCASTS = '/console/admin/broadcasts';

function broadcastPath(id: string): string {
  return `${BROADCASTS}/${encodeURIComponent(id)}`;
}

/** `GET /console/admin/broadcasts`: newest first. */
export async function listBroadcasts(signal?: AbortSignal): Promise<Broadcast[]> {
  return (await requestJson<BroadcastList>(apiUrl(BROADCASTS), { signal })).items;
}

export function getBroadcast(id: string, signal?: AbortSignal): Promise<Broadcast> {
  return requestJson<Broadcast>(apiUrl(broadcastPath(id)), { signal });
}

export function createBroadcast(body: CreateBroadcastBody, idempotencyKey: string): Promise<Broadcast> {
  return requestJson<Broadcast>(apiUrl(BROADCASTS), { method: 'POST', body, idempotencyKey });
}

/** Stops what has not gone out yet; 409 `BROADCAST.NOT_CANCELLABLE` once sent or cancelled. */
export function cancelBroadcast(id: string, idempotencyKey: string): Promise<Broadcast> {
  return requestJson<Broadcast>(apiUrl(`${broadcastPath(id)}/cancel`), { method: 'POST', idempotencyKey });
}

/** The query of the audience endpoint: nothing for every follower. */
export function audienceQuery(target: BroadcastTarget): string {
  if ('communes' in target) return `?communes=${target.communes.map(encodeURIComponent).join(',')}`;
  if ('tags' in target) return `?tags=${target.tags.map(encodeURIComponent).join(',')}`;
  return '';
}

/** How many followers a target reaches now. */
export function countAudience(target: BroadcastTarget, signal?: AbortSignal): Promise<Audience> {
  return requestJson<Audience>(apiUrl(`${BROADCASTS}/audience${audienceQuery(target)}`), { signal });
}

/** The OA's follower tags, with how many followers carry each. */
export async function listFollowerTags(signal?: AbortSignal): Promise<FollowerTag[]> {
  return (await requestJson<{ tags: FollowerTag[] }>(apiUrl(`${BROADCASTS}/tags`), { signal })).tags;
}

/** Reads the OA's followers again from Zalo in the background (tags, shared addresses). */
export async function syncFollowers(idempotencyKey: string): Promise<void> {
  await requestJson<{ queued: true }>(apiUrl(`${BROADCASTS}/followers/sync`), { method: 'POST', idempotencyKey });
}
