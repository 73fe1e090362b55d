import type { Task, TaskList } from 'graphile-worker';
import { APPLICATION_EVENT_JOB } from '../../applications/index.ts';
import { drainEndpoint, type DrainDeps } from '../use-cases/drain-endpoint.ts';
import { fanOutEvent } from '../use-cases/fan-out-event.ts';
import { DRAIN_JOB } from '../use-cases/schedule-drain.ts';

function fields<K extends string>(payload: unknown, job: string, keys: readonly K[]): Record<K, string> {
  const record = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  const picked = {} as Record<K, string>;
  for (const key of keys) {
    const value = record[key];
    if (typeof value !== 'string') throw new Error(`${job} needs ${keys.join(' and ')}`);
    picked[key] = value;
  }
  return picked;
}

/**
 * The webhook jobs: `applications:event {tenantId, eventId}` (every recorded dossier event) becomes
 * deliveries; `integrations:webhook-drain {tenantId, endpointId}` sends an endpoint's deliveries.
 */
export function webhookTasks(deps: DrainDeps): TaskList {
  const fanOut: Task = async (payload) => {
    const { tenantId, eventId } = fields(payload, APPLICATION_EVENT_JOB, ['tenantId', 'eventId']);
    await fanOutEvent(deps, { tenantId, eventId });
  };
  const drain: Task = async (payload) => {
    const { tenantId, endpointId } = fields(payload, DRAIN_JOB, ['tenantId', 'endpointId']);
    await drainEndpoint(deps, tenantId, endpointId);
  };
  return { [APPLICATION_EVENT_JOB]: fanOut, [DRAIN_JOB]: drain };
}
