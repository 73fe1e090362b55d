/**
 * What every drill shares: its size (short for `npm test`, full for `npm run drill`), what it is
 * given, and the verdict it prints as one line of JSON.
 */
import type { Cluster } from './cluster.ts';

export interface DrillSize {
  label: 'short' | 'full';
  /** Filings of the filing drills, dossiers of the transition drills, notices of the delivery drills. */
  filings: number;
  dossiers: number;
  notices: number;
  /** Concurrent clients. */
  clients: number;
  /** How long PostgreSQL stays down, and the simulator frozen. */
  databaseDownMs: number;
  outageMs: number;
  /** The longest a drill waits for the notices to settle after its fault. */
  settleTimeoutMs: number;
  /** The longest one client request is retried. */
  requestDeadlineMs: number;
}

export const SHORT: DrillSize = {
  label: 'short',
  filings: 60,
  dossiers: 24,
  notices: 30,
  clients: 4,
  databaseDownMs: 5_000,
  outageMs: 20_000,
  settleTimeoutMs: 90_000,
  requestDeadlineMs: 90_000,
};

export const FULL: DrillSize = {
  label: 'full',
  filings: 600,
  dossiers: 200,
  notices: 300,
  clients: 12,
  databaseDownMs: 20_000,
  outageMs: 5 * 60_000,
  settleTimeoutMs: 20 * 60_000,
  requestDeadlineMs: 5 * 60_000,
};

export interface DrillContext {
  cluster: Cluster;
  size: DrillSize;
  /** Distinguishes this run's idempotency keys from another run's on the same database. */
  runId: string;
  log: (line: string) => void;
}

export type Figures = Record<string, number | string | boolean>;

export interface Verdict {
  drill: string;
  ok: boolean;
  seconds: number;
  figures: Figures;
  problems: string[];
}

export type Drill = (context: DrillContext) => Promise<Verdict>;

/** Runs a drill body and times it; the body returns its figures and problems. */
export async function verdictOf(
  drill: string,
  body: () => Promise<{ figures: Figures; problems: string[] }>,
): Promise<Verdict> {
  const started = Date.now();
  try {
    const { figures, problems } = await body();
    return {
      drill,
      ok: problems.length === 0,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      figures,
      problems,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      drill,
      ok: false,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      figures: {},
      problems: [message],
    };
  }
}

/** Seconds between two instants, to one decimal; `-1` when either is unknown. */
export function secondsBetween(from: number | undefined, to: number | undefined): number {
  return from === undefined || to === undefined ? -1 : Math.round((to - from) / 100) / 10;
}

/** Problems of a client tally: any answer the drill did not expect (a 500 above all). */
export function unexpectedAnswers(tally: { unexpected: Record<string, number>; samples: string[] }): string[] {
  const counts = Object.entries(tally.unexpected).map(([status, n]) => `${n} unexpected HTTP ${status} answers`);
  return counts.length > 0 ? [...counts, ...tally.samples.map((s) => `e.g. ${s}`)] : [];
}
