import { Type } from '@sinclair/typebox';

/** How the system takes over after a crashed process (read with the rest in `config.ts`; docs/drills.md). */
export const recoveryEnv = {
  MOTCUA_WORKER_STALE_MS: Type.Integer({ minimum: 1000, maximum: 3_600_000, default: 60_000 }),
  MOTCUA_SEND_LEASE_MS: Type.Integer({ minimum: 1000, maximum: 3_600_000, default: 120_000 }),
};

export interface RecoveryConfig {
  /**
   * A job runner silent this long is taken for crashed and its jobs are unlocked for the others
   * (graphile-worker alone waits 4 hours). Keep it above any pause of a live process.
   */
  workerStaleMs: number;
  /**
   * A notice send in flight this long is taken for interrupted by a crash (then resent only where
   * the provider deduplicates). Keep it above the providers' time limits (Zalo: 10 s).
   */
  sendLeaseMs: number;
}

export function recoveryOf(env: { MOTCUA_WORKER_STALE_MS: number; MOTCUA_SEND_LEASE_MS: number }): RecoveryConfig {
  return { workerStaleMs: env.MOTCUA_WORKER_STALE_MS, sendLeaseMs: env.MOTCUA_SEND_LEASE_MS };
}
