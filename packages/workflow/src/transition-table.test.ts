import { describe, expect, it } from 'vitest';
import { actionList, type Action } from './actions.ts';
import { decide } from './decide.ts';
import { takesPayload } from './payloads.ts';
import { finalStatuses, statuses, type Status } from './statuses.ts';
import { subStatusList, type SubStatus } from './sub-statuses.ts';
import {
  adminOnly,
  allRoles,
  cell,
  citizen,
  gridColumns,
  parseGrid,
  processingAt,
  stateOf,
  validCommand,
} from './test/fixtures.ts';
import { entryRules, type ActorRule, type Rule } from './transition-rules.ts';
import { transitionTable } from './transition-table.ts';

// Cells: national status code + step (rv in_review, as assigned, tr transferred, aw awaiting_approval,
// ap approved); "." = TRANSITION_NOT_ALLOWED; "R" = ROLE_NOT_ALLOWED. Every command carries a valid
// reason and payload. Status 4 is at in_review, 5 and 6 keep assigned and approved, 5 is accepted.

/** An officer holding intake, processor and leader on the unit holding the dossier. */
const officerGrid = `
                       acc ref sup rcv sta asg trf sfa apv pay cfp rsc cmp ret stp wdr
submitted               2   3   5   .   .   .   .   .   .   .   .   .   .   .   .   R
accepted                .   .   .   .  4rv 4as 4tr  .   .   .   .   2   .   .   8   R
refused                 .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .
processing              .   .  5rv  .   .  4as 4tr 4aw  .  6rv  .  4rv  .   .   8   R
supplement_requested    .   .   .  4as  .   .   .   .   .   .   .   .   .   .   8   R
payment_requested       .   .   .   .   .   .   .   .   .   .  4ap 6ap  .   .   8   R
withdrawal_requested    .   .   .   .   .   .   .   .   .   .   .   .   .   .   8   .
stopped                 .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .
result_ready            .   .   .   .   .   .   .   .   .   .   .   .   .  10   .   .
returned                .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .
`;

const citizenGrid = `
                       acc ref sup rcv sta asg trf sfa apv pay cfp rsc cmp ret stp wdr
submitted               R   R   R   .   .   .   .   .   .   .   .   .   .   .   .   7
accepted                .   .   .   .   R   R   R   .   .   .   .   R   .   .   R   7
refused                 .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .
processing              .   .   R   .   .   R   R   R   .   R   .   R   .   .   R   7
supplement_requested    .   .   .  4as  .   .   .   .   .   .   .   .   .   .   R   7
payment_requested       .   .   .   .   .   .   .   .   .   .   R   R   .   .   R   7
withdrawal_requested    .   .   .   .   .   .   .   .   .   .   .   .   .   .   R   .
stopped                 .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .
result_ready            .   .   .   .   .   .   .   .   .   .   .   .   .   R   .   .
returned                .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .
`;

/** An officer whose only role, on the unit itself, is admin. */
const adminGrid = `
                       acc ref sup rcv sta asg trf sfa apv pay cfp rsc cmp ret stp wdr
submitted               R   R   R   .   .   .   .   .   .   .   .   .   .   .   .   R
accepted                .   .   .   .   R   R   R   .   .   .   .   R   .   .   R   R
refused                 .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .
processing              .   .   R   .   .   R   R   R   .   R   .   R   .   .   R   R
supplement_requested    .   .   .   R   .   .   .   .   .   .   .   .   .   .   R   R
payment_requested       .   .   .   .   .   .   .   .   .   .   R   R   .   .   R   R
withdrawal_requested    .   .   .   .   .   .   .   .   .   .   .   .   .   .   R   .
stopped                 .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .
result_ready            .   .   .   .   .   .   .   .   .   .   .   .   .   R   .   .
returned                .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .
`;

/** Status 4 at each step, for the officer holding every processing role. */
const processingGrid = `
                       acc ref sup rcv sta asg trf sfa apv pay cfp rsc cmp ret stp wdr
in_review               .   .  5rv  .   .  4as 4tr 4aw  .  6rv  .  4rv  .   .   8   R
assigned                .   .  5as  .   .  4as 4tr 4aw  .  6as  .  4as  .   .   8   R
transferred             .   .  5tr  .  4rv 4as 4tr 4aw  .  6tr  .  4tr  .   .   8   R
awaiting_approval       .   .  5aw  .   .  4as  .   .  4ap 6aw  .  4aw  .   .   8   R
approved                .   .   .   .   .   .  4tr  .   .  6ap  .  4ap  9   .   8   R
`;

const statusCells = (grid: string) => parseGrid(grid, gridColumns) as [Status, Action, string][];

describe('status × action table', () => {
  it('grids cover every status × action pair exactly once', () => {
    for (const grid of [officerGrid, citizenGrid, adminGrid]) {
      const pairs = statusCells(grid).map(([status, action]) => `${status}:${action}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(pairs.length).toBe(Object.keys(statuses).length * actionList.length);
      expect(Object.keys(transitionTable).sort()).toEqual(Object.keys(statuses).sort());
    }
    const steps = parseGrid(processingGrid, gridColumns).map(([step]) => step);
    expect([...new Set(steps)]).toEqual(subStatusList);
  });

  it.each(statusCells(officerGrid))('officer with all processing roles: %s × %s → %s', (status, action, expected) => {
    expect(cell(decide(stateOf(status), validCommand(action, allRoles)))).toBe(expected);
  });

  it.each(statusCells(citizenGrid))('citizen: %s × %s → %s', (status, action, expected) => {
    expect(cell(decide(stateOf(status), validCommand(action, citizen)))).toBe(expected);
  });

  it.each(statusCells(adminGrid))('admin-only officer: %s × %s → %s', (status, action, expected) => {
    expect(cell(decide(stateOf(status), validCommand(action, adminOnly)))).toBe(expected);
  });

  it.each(parseGrid(processingGrid, gridColumns) as [SubStatus, Action, string][])(
    'processing at %s × %s → %s',
    (subStatus, action, expected) => {
      expect(cell(decide(processingAt(subStatus), validCommand(action, allRoles)))).toBe(expected);
    },
  );
});

function rulesOf(): [Status, Action, Rule][] {
  return (Object.keys(transitionTable) as Status[]).flatMap((status) =>
    actionList.flatMap((action): [Status, Action, Rule][] => {
      return entryRules(transitionTable[status][action]).map((rule): [Status, Action, Rule] => [status, action, rule]);
    }),
  );
}

describe('table invariants', () => {
  it('final statuses allow nothing', () => {
    for (const status of finalStatuses) {
      expect(Object.values(transitionTable[status]).every((entry) => entry === null)).toBe(true);
    }
  });

  it('never grants admin a processing power', () => {
    const offered = rulesOf().flatMap(([, , rule]) => [...(rule.by.officer ?? [])]);
    expect(offered).not.toContain('admin');
    // @ts-expect-error -- the type of actor rules leaves admin out
    const forbidden: ActorRule = { officer: ['admin'] };
    expect(forbidden).toBeDefined();
  });

  it('requires a reason exactly for refuse, request_supplement, stop and reschedule', () => {
    for (const [, action, rule] of rulesOf()) {
      expect(rule.reasonRequired === true, action).toBe(
        ['refuse', 'request_supplement', 'stop', 'reschedule'].includes(action),
      );
    }
  });

  it('declares a payload exactly for the actions that take one', () => {
    for (const [, action, rule] of rulesOf()) {
      expect(rule.payload !== undefined, action).toBe(takesPayload(action));
      expect(rule.payload === 'optional', action).toBe(action === 'complete');
    }
  });

  it('ends processing only on complete, stop and refuse', () => {
    for (const [, action, rule] of rulesOf()) {
      expect(rule.endsProcessing === true, action).toBe(['complete', 'stop', 'refuse'].includes(action));
    }
  });

  it('lets only leaders reschedule and approve', () => {
    for (const [, action, rule] of rulesOf().filter(([, a]) => a === 'reschedule' || a === 'approve')) {
      expect(rule.by, action).toEqual({ officer: ['leader'] });
    }
  });
});
