import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The job runners alive now, one row per graphile-worker pool (its id is what a pool writes into
 * `locked_by` of the jobs it takes). A runner stamps `seen_at` every few seconds; a live runner
 * unlocks the jobs of a runner whose stamp is stale (a crashed process), instead of leaving them
 * to graphile-worker's 4-hour lock expiry. Infrastructure, not tenant data.
 */
export const jobRunners = pgTable('job_runners', {
  poolId: text('pool_id').primaryKey(),
  host: text('host').notNull(),
  pid: integer('pid').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
});
