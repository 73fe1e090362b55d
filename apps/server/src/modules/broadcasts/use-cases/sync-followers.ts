import { withTx } from '../../../platform/db/database.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';
import * as repo from '../broadcasts.repo.ts';
import { communeOf } from '../domain/commune-of.ts';
import type { SyncFollowersDeps } from '../ports.ts';
import { SYNC_JOB } from './manage-broadcasts.ts';

/** Zalo's largest `getlist` page. */
const PAGE = 50;
/** Pages read by one job before it hands over to the next (each page costs 51 requests). */
const PAGES_PER_JOB = 20;

/**
 * Reads the province's followers from the chat platform a few pages per job — their tags and the
 * commune of the address they shared — so broadcasts can target by tag and by commune, also for
 * people who followed before the OA was connected here.
 */
export async function syncFollowers(deps: SyncFollowersDeps, tenantId: string, offset: number): Promise<void> {
  const communes = await withTx(deps.database, tenantId, (tx) => repo.provinceCommunes(tx, tenantId));
  let at = offset;
  for (let page = 0; page < PAGES_PER_JOB; page += 1) {
    const listed = await deps.directory.page(tenantId, at, PAGE);
    for (const oaUserId of listed.oaUserIds) {
      const profile = await deps.directory.profile(tenantId, oaUserId);
      if (!profile) continue;
      const communeCode = profile.address ? communeOf(profile.address, communes) : undefined;
      await withTx(deps.database, tenantId, (tx) =>
        repo.upsertFollower(
          tx,
          tenantId,
          {
            oaUserId,
            ...(profile.appUserId ? { appUserId: profile.appUserId } : {}),
            follower: profile.follower,
            tags: profile.tags,
            ...(profile.lastInteractionAt ? { lastInteractionAt: profile.lastInteractionAt } : {}),
            ...(communeCode ? { communeCode } : {}),
          },
          deps.now(),
        ),
      );
    }
    at += listed.oaUserIds.length;
    if (listed.oaUserIds.length < PAGE || at >= listed.total) return;
  }
  await withTx(deps.database, tenantId, (tx) =>
    enqueueJob(tx, SYNC_JOB, { tenantId, offset: at }, { jobKey: `broadcast-sync:${tenantId}` }),
  );
}
