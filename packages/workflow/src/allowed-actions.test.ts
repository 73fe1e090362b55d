import { describe, expect, it } from 'vitest';
import { actionList } from './actions.ts';
import { allowedActions } from './allowed-actions.ts';
import { decide } from './decide.ts';
import { finalStatuses } from './statuses.ts';
import {
  DAY,
  adminOnly,
  allRoles,
  citizen,
  now,
  officer,
  processingAt,
  sampleActors,
  sampleStates,
  stateOf,
  system,
  validCommand,
} from './test/fixtures.ts';

const combinations = sampleStates().flatMap(([stateName, state]) =>
  sampleActors().map(([actorName, actor]) => ({ stateName, state, actorName, actor })),
);

describe('allowedActions', () => {
  it.each(combinations)('$stateName, $actorName: offers exactly what decide accepts', ({ state, actor }) => {
    const offered = allowedActions(state, actor, now);
    for (const action of actionList) {
      expect(offered.includes(action), action).toBe(decide(state, validCommand(action, actor, {}, state)).ok);
    }
  });

  it('shows each role its own buttons', () => {
    expect(allowedActions(stateOf('submitted'), officer(['intake']))).toEqual([
      'accept',
      'refuse',
      'request_supplement',
    ]);
    expect(allowedActions(processingAt('awaiting_approval'), officer(['processor']))).toEqual([
      'request_supplement',
      'assign',
      'request_payment',
    ]);
    expect(allowedActions(processingAt('awaiting_approval'), officer(['leader']))).toEqual([
      'request_supplement',
      'assign',
      'approve',
      'request_payment',
      'reschedule',
      'stop',
    ]);
    expect(allowedActions(stateOf('processing'), citizen)).toEqual(['withdraw']);
    expect(allowedActions(stateOf('payment_requested'), system)).toEqual(['confirm_payment']);
  });

  it('offers nothing on final statuses and nothing to an admin', () => {
    for (const status of finalStatuses) {
      for (const [, actor] of sampleActors()) expect(allowedActions(stateOf(status), actor, now)).toEqual([]);
    }
    for (const [, state] of sampleStates()) expect(allowedActions(state, adminOnly, now)).toEqual([]);
  });

  it('leaves the due-date check to decide when not given the time', () => {
    const pastDue = processingAt('assigned', { dueAt: new Date(now.getTime() - DAY) });
    expect(allowedActions(pastDue, allRoles)).toContain('reschedule');
    expect(allowedActions(pastDue, allRoles, now)).not.toContain('reschedule');
  });
});
