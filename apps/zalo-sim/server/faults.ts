/**
 * Faults the scripting API injects on demand (`POST /_sim/faults`): the next N calls to an
 * endpoint, or every call for a while, fail the way a flaky Zalo does. Not part of Zalo.
 */
export type FaultKind = 'http_error' | 'hang' | 'slow' | 'rate_limit' | 'revoke_token';

export const faultKinds: readonly FaultKind[] = ['http_error', 'hang', 'slow', 'rate_limit', 'revoke_token'];

export interface FaultSpec {
  /** A simulator path such as `/openapi/v3.0/oa/message/cs`, a host such as `/openapi`, or `*`. */
  endpoint: string;
  kind: FaultKind;
  /** How many matching calls it hits (default 1 unless `forMs` is given). */
  times?: number;
  /** Hits every matching call for this long (wall-clock time, not the simulator's clock). */
  forMs?: number;
  /** `http_error`: the status (default 503). */
  status?: number;
  /** `slow`: the delay before a normal answer; `hang`: when to drop the connection (default 120 s). */
  delayMs?: number;
}

export interface ActiveFault extends FaultSpec {
  id: number;
  hits: number;
  until: number | undefined;
}

export class Faults {
  private active: ActiveFault[] = [];
  private nextId = 1;

  add(specs: readonly FaultSpec[]): ActiveFault[] {
    const added = specs.map((spec) => ({
      ...spec,
      id: this.nextId++,
      hits: 0,
      until: spec.forMs === undefined ? undefined : Date.now() + spec.forMs,
    }));
    this.active.push(...added);
    return added;
  }

  list(): readonly ActiveFault[] {
    this.prune();
    return this.active;
  }

  clear(): void {
    this.active = [];
  }

  /** The first fault that applies to this call, counting the hit. */
  take(path: string): ActiveFault | undefined {
    this.prune();
    const fault = this.active.find((candidate) => matches(candidate.endpoint, path));
    if (!fault) return undefined;
    fault.hits += 1;
    this.prune();
    return fault;
  }

  private prune(): void {
    const now = Date.now();
    this.active = this.active.filter((fault) => {
      if (fault.until !== undefined) return fault.until > now;
      return fault.hits < (fault.times ?? 1);
    });
  }
}

function matches(endpoint: string, path: string): boolean {
  if (endpoint === '*') return true;
  return path === endpoint || path.startsWith(endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
}
