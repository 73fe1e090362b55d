/** Broadcasts: the province's announcements to the followers of its Zalo OA. */
export { broadcastRoutes, type BroadcastRoutesDeps } from './broadcasts.routes.ts';
export { broadcastTasks } from './jobs/broadcast.jobs.ts';
export { fanOut, startBroadcast } from './use-cases/fan-out.ts';
export { syncFollowers } from './use-cases/sync-followers.ts';
export { FAN_OUT_JOB, START_JOB, SYNC_JOB } from './use-cases/manage-broadcasts.ts';
export type { BroadcastMessage } from './domain/broadcast.ts';
export type { BroadcastSender, FanOutSettings, FollowerDirectory, FollowerProfile, SendOutcome } from './ports.ts';
export { remapBroadcastUnitCodes, type BroadcastUnitRemap } from './unit-codes.repo.ts';
