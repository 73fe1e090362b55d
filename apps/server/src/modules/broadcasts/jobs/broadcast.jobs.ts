import type { Task, TaskList } from 'graphile-worker';
import type { FanOutDeps, SyncFollowersDeps } from '../ports.ts';
import { fanOut, startBroadcast } from '../use-cases/fan-out.ts';
import { FAN_OUT_JOB, START_JOB, SYNC_JOB } from '../use-cases/manage-broadcasts.ts';
import { syncFollowers } from '../use-cases/sync-followers.ts';

function fields(payload: unknown, job: string): { tenantId: string; broadcastId: string } {
  const record = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  const { tenantId, broadcastId } = record;
  if (typeof tenantId !== 'string' || typeof broadcastId !== 'string') {
    throw new Error(`${job} needs tenantId and broadcastId`);
  }
  return { tenantId, broadcastId };
}

/**
 * `broadcasts:start {tenantId, broadcastId}` at the scheduled time; `broadcasts:fan-out` in the
 * province's queue; `broadcasts:sync-followers {tenantId, offset}` reading followers page by page.
 */
export function broadcastTasks(deps: FanOutDeps & { directory: SyncFollowersDeps['directory'] }): TaskList {
  const start: Task = async (payload) => {
    const { tenantId, broadcastId } = fields(payload, START_JOB);
    await startBroadcast(deps, tenantId, broadcastId);
  };
  const send: Task = async (payload) => {
    const { tenantId, broadcastId } = fields(payload, FAN_OUT_JOB);
    await fanOut(deps, tenantId, broadcastId);
  };
  const sync: Task = async (payload) => {
    const record = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
    const { tenantId, offset } = record;
    if (typeof tenantId !== 'string') throw new Error(`${SYNC_JOB} needs tenantId`);
    await syncFollowers(deps, tenantId, typeof offset === 'number' && offset >= 0 ? offset : 0);
  };
  return { [START_JOB]: start, [FAN_OUT_JOB]: send, [SYNC_JOB]: sync };
}
