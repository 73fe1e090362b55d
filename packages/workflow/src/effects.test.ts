import { describe, expect, it } from 'vitest';
import { actionList, type Action } from './actions.ts';
import type { Actor, Command } from './command.ts';
import { decide, type Transition } from './decide.ts';
import type { DossierState } from './dossier-state.ts';
import { noticeKeys, type NoticeKey } from './notices.ts';
import {
  allRoles,
  citizen,
  deskUnit,
  dueAt,
  now,
  officer,
  otherUnit,
  processingAt,
  sampleActors,
  sampleStates,
  stateOf,
  system,
  validCommand,
} from './test/fixtures.ts';

/** Every transition the samples allow, with the state and command that produced it. */
function allTransitions(): [string, DossierState, Action, Transition][] {
  return sampleStates().flatMap(([label, state]) =>
    [allRoles, citizen, system].flatMap((actor) =>
      actionList.flatMap((action): [string, DossierState, Action, Transition][] => {
        const decision = decide(state, validCommand(action, actor, {}, state));
        return decision.ok ? [[label, state, action, decision]] : [];
      }),
    ),
  );
}

describe('citizen notices', () => {
  const expected: [string, DossierState, Action, Actor, NoticeKey | null][] = [
    ['accepted', stateOf('submitted'), 'accept', allRoles, 'application.accepted'],
    ['refused (Mẫu 03)', stateOf('submitted'), 'refuse', allRoles, 'application.refused'],
    [
      'supplement at intake (Mẫu 02)',
      stateOf('submitted'),
      'request_supplement',
      allRoles,
      'application.supplement_requested',
    ],
    ['withdrawal asked', stateOf('submitted'), 'withdraw', citizen, null],
    ['processing started', stateOf('accepted'), 'start_processing', allRoles, null],
    ['assigned from the desk', stateOf('accepted'), 'assign', allRoles, null],
    ['forwarded by the desk', stateOf('accepted'), 'transfer', allRoles, 'application.transferred'],
    ['rescheduled (Mẫu 04)', stateOf('accepted'), 'reschedule', allRoles, 'application.rescheduled'],
    ['stopped', stateOf('accepted'), 'stop', allRoles, 'application.stopped'],
    [
      'supplement in processing',
      processingAt('assigned'),
      'request_supplement',
      allRoles,
      'application.supplement_requested',
    ],
    ['reassigned', processingAt('awaiting_approval'), 'assign', allRoles, null],
    ['transferred onward', processingAt('approved'), 'transfer', allRoles, 'application.transferred'],
    ['taken up after transfer', processingAt('transferred'), 'start_processing', allRoles, null],
    ['submitted for approval', processingAt('assigned'), 'submit_for_approval', allRoles, null],
    ['approved', processingAt('awaiting_approval'), 'approve', allRoles, null],
    ['payment asked', processingAt('approved'), 'request_payment', allRoles, 'application.payment_requested'],
    ['result ready', processingAt('approved'), 'complete', allRoles, 'application.result_ready'],
    ['supplement received', stateOf('supplement_requested'), 'receive_supplement', citizen, 'application.received'],
    ['payment confirmed', stateOf('payment_requested'), 'confirm_payment', system, null],
    ['withdrawal confirmed', stateOf('withdrawal_requested'), 'stop', allRoles, 'application.withdrawal_confirmed'],
    ['result returned', stateOf('result_ready'), 'return_result', allRoles, 'application.returned'],
  ];

  it.each(expected)('%s', (_name, state, action, actor, notice) => {
    const decision = decide(state, validCommand(action, actor));
    expect(decision.ok && decision.notice).toBe(notice);
  });

  it('uses every notice key somewhere', () => {
    const produced = new Set(allTransitions().map(([, , , decision]) => decision.notice));
    for (const key of noticeKeys) expect(produced, key).toContain(key);
  });
});

describe('end of processing and the SLA clock', () => {
  it.each(allTransitions())('%s × %s', (_label, state, action, decision) => {
    expect(decision.endsProcessing).toBe(action === 'complete' || action === 'stop' || action === 'refuse');
    const clockRuns = state.accepted;
    const clock = action === 'request_supplement' ? 'pause' : action === 'receive_supplement' ? 'resume' : 'none';
    expect(decision.clock).toBe(clockRuns ? clock : 'none');
  });
});

describe('supplements before and after acceptance', () => {
  it('sends a dossier not yet accepted back to intake', () => {
    const asked = decide(stateOf('submitted'), validCommand('request_supplement', allRoles));
    expect(asked).toMatchObject({ ok: true, to: { status: 'supplement_requested', subStatus: null }, clock: 'none' });
    const waiting = stateOf('supplement_requested', { accepted: false, subStatus: null, dueAt: null });
    const back = decide(waiting, validCommand('receive_supplement', citizen));
    expect(back).toMatchObject({ ok: true, to: { status: 'submitted', subStatus: null }, clock: 'none' });
    expect(decide(waiting, validCommand('receive_supplement', officer(['processor']))).ok).toBe(false);
  });

  it('pauses the clock during processing and resumes at the same step', () => {
    const asked = decide(processingAt('awaiting_approval'), validCommand('request_supplement', allRoles));
    expect(asked).toMatchObject({
      to: { status: 'supplement_requested', subStatus: 'awaiting_approval' },
      clock: 'pause',
    });
    const waiting = stateOf('supplement_requested', { subStatus: 'awaiting_approval' });
    for (const actor of [citizen, officer(['intake']), officer(['processor'])]) {
      const back = decide(waiting, validCommand('receive_supplement', actor));
      expect(back).toMatchObject({ to: { status: 'processing', subStatus: 'awaiting_approval' }, clock: 'resume' });
    }
  });

  it('resumes at in_review when no step was kept', () => {
    const waiting = stateOf('supplement_requested', { subStatus: null });
    expect(decide(waiting, validCommand('receive_supplement', citizen))).toMatchObject({
      to: { status: 'processing', subStatus: 'in_review' },
    });
  });

  it('returns from payment to the step it left', () => {
    const asked = decide(processingAt('assigned'), validCommand('request_payment', allRoles));
    expect(asked).toMatchObject({ to: { status: 'payment_requested', subStatus: 'assigned' }, clock: 'none' });
    const paid = decide(
      stateOf('payment_requested', { subStatus: 'assigned' }),
      validCommand('confirm_payment', system),
    );
    expect(paid).toMatchObject({ to: { status: 'processing', subStatus: 'assigned' } });
  });
});

describe('withdrawal', () => {
  it.each(['submitted', 'accepted', 'processing', 'supplement_requested', 'payment_requested'] as const)(
    'a citizen may withdraw from %s, and an officer then stops the dossier',
    (status) => {
      const asked = decide(stateOf(status), validCommand('withdraw', citizen));
      expect(asked).toMatchObject({ ok: true, to: { status: 'withdrawal_requested', subStatus: null } });
      const stopped = decide(stateOf('withdrawal_requested'), validCommand('stop', officer(['intake'])));
      expect(stopped).toMatchObject({ ok: true, to: { status: 'stopped' }, endsProcessing: true });
    },
  );

  it.each(['withdrawal_requested', 'result_ready', 'returned', 'refused', 'stopped'] as const)(
    'is not possible from %s',
    (status) => {
      expect(decide(stateOf(status), validCommand('withdraw', citizen))).toEqual({
        ok: false,
        reason: 'TRANSITION_NOT_ALLOWED',
      });
    },
  );
});

/** The projection a server would write, for walking a dossier through its life. */
function apply(state: DossierState, command: Command): DossierState {
  const decision = decide(state, command);
  if (!decision.ok) throw new Error(`${command.action} from ${state.status}: ${decision.reason}`);
  const payload = command.payload;
  return {
    status: decision.to.status,
    subStatus: decision.to.subStatus,
    accepted: state.accepted || command.action === 'accept',
    rescheduled: state.rescheduled || command.action === 'reschedule',
    currentUnitId: decision.transfer?.toUnitId ?? state.currentUnitId,
    dueAt:
      payload !== undefined && 'newDueAt' in payload
        ? payload.newDueAt
        : command.action === 'accept'
          ? dueAt
          : state.dueAt,
  };
}

describe('a dossier from filing to hand-over', () => {
  it('goes desk → department → desk', () => {
    const desk = officer(['intake']);
    const department = { processor: officer(['processor'], otherUnit), leader: officer(['leader'], otherUnit) };
    const steps: [Action, Actor, Partial<Command>][] = [
      ['request_supplement', desk, {}],
      ['receive_supplement', citizen, {}],
      ['accept', desk, {}],
      ['transfer', desk, {}],
      ['start_processing', department.processor, {}],
      ['assign', department.leader, {}],
      ['request_supplement', department.processor, {}],
      ['receive_supplement', citizen, {}],
      ['reschedule', department.leader, {}],
      ['submit_for_approval', department.processor, {}],
      ['approve', department.leader, {}],
      ['request_payment', department.processor, {}],
      ['confirm_payment', system, {}],
      ['complete', department.processor, { payload: { returnToUnitId: deskUnit } }],
      ['return_result', desk, {}],
    ];
    let state = stateOf('submitted');
    const trail: string[] = [];
    for (const [action, actor, overrides] of steps) {
      state = apply(state, validCommand(action, actor, overrides));
      trail.push(`${state.status}${state.subStatus === null ? '' : `/${state.subStatus}`}@${state.currentUnitId}`);
    }
    expect(trail).toEqual([
      'supplement_requested@unit-desk',
      'submitted@unit-desk',
      'accepted@unit-desk',
      'processing/transferred@unit-department',
      'processing/in_review@unit-department',
      'processing/assigned@unit-department',
      'supplement_requested/assigned@unit-department',
      'processing/assigned@unit-department',
      'processing/assigned@unit-department',
      'processing/awaiting_approval@unit-department',
      'processing/approved@unit-department',
      'payment_requested/approved@unit-department',
      'processing/approved@unit-department',
      'result_ready@unit-desk',
      'returned@unit-desk',
    ]);
    expect(state.rescheduled).toBe(true);
  });
});

describe('purity', () => {
  it('reads no clock and changes nothing it is given', () => {
    const state = Object.freeze(processingAt('approved'));
    const command = Object.freeze(validCommand('complete', allRoles));
    const first = decide(state, command);
    expect(decide(state, command)).toEqual(first);
    expect(state).toEqual(processingAt('approved'));
    const later = validCommand('reschedule', officer(['leader']), { now: new Date(now.getTime() + 365 * 86_400_000) });
    expect(decide(processingAt('approved'), later)).toEqual({ ok: false, reason: 'RESCHEDULE_TOO_LATE' });
  });

  it('ignores a payload on actions that take none', () => {
    const command = validCommand('accept', allRoles, { payload: { toUnitId: otherUnit } });
    expect(decide(stateOf('submitted'), command)).toEqual({
      ok: true,
      to: { status: 'accepted', subStatus: null },
      notice: 'application.accepted',
      clock: 'none',
      endsProcessing: false,
    });
  });

  it('never lets an actor without a suitable role act', () => {
    for (const [, state] of sampleStates()) {
      for (const [name, actor] of sampleActors().filter(([n]) => n === 'admin' || n === 'no roles')) {
        for (const action of actionList)
          expect(decide(state, validCommand(action, actor)).ok, `${name} ${action}`).toBe(false);
      }
    }
  });
});
