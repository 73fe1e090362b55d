import { describe, expect, it } from 'vitest';
import type { Action } from './actions.ts';
import type { Actor, Command } from './command.ts';
import { decide, type Decision } from './decide.ts';
import type { DossierState } from './dossier-state.ts';
import type { Status } from './statuses.ts';
import {
  DAY,
  allRoles,
  cell,
  citizen,
  deskUnit,
  dueAt,
  now,
  officer,
  otherUnit,
  processingAt,
  rawPayload,
  stateOf,
  system,
  validCommand,
} from './test/fixtures.ts';

const intake = officer(['intake']);
const processor = officer(['processor']);
const leader = officer(['leader']);

function succeed(state: DossierState, command: Command): Extract<Decision, { ok: true }> {
  const decision = decide(state, command);
  if (!decision.ok) throw new Error(`${command.action} refused: ${decision.reason}`);
  return decision;
}

describe('reasons', () => {
  it.each([
    ['submitted', 'refuse', intake],
    ['submitted', 'request_supplement', intake],
    ['processing', 'request_supplement', processor],
    ['processing', 'stop', leader],
    ['withdrawal_requested', 'stop', intake],
    ['processing', 'reschedule', leader],
  ] as [Status, Action, Actor][])('%s × %s needs a reason', (status, action, actor) => {
    for (const reason of [undefined, '', '   \n']) {
      const command = { ...validCommand(action, actor), reason };
      expect(decide(stateOf(status), command)).toEqual({ ok: false, reason: 'REASON_REQUIRED' });
    }
    expect(decide(stateOf(status), validCommand(action, actor)).ok).toBe(true);
  });

  it('does not require one for accept, withdraw or complete', () => {
    expect(decide(stateOf('submitted'), validCommand('accept', intake, { reason: undefined })).ok).toBe(true);
    expect(decide(stateOf('processing'), validCommand('withdraw', citizen, { reason: undefined })).ok).toBe(true);
    expect(decide(processingAt('approved'), validCommand('complete', processor, { reason: undefined })).ok).toBe(true);
  });
});

describe('payloads', () => {
  const cases: [string, DossierState, Action, Actor, unknown, boolean][] = [
    ['supplement without payload', stateOf('submitted'), 'request_supplement', intake, undefined, false],
    ['supplement with no items', stateOf('submitted'), 'request_supplement', intake, { items: [] }, false],
    [
      'supplement with a blank item',
      stateOf('submitted'),
      'request_supplement',
      intake,
      { items: ['CCCD', ' '] },
      false,
    ],
    ['supplement items not strings', processingAt('assigned'), 'request_supplement', processor, { items: [1] }, false],
    ['supplement with items', processingAt('assigned'), 'request_supplement', processor, { items: ['CCCD'] }, true],
    ['transfer without target', stateOf('accepted'), 'transfer', intake, {}, false],
    ['transfer to a blank unit', stateOf('accepted'), 'transfer', intake, { toUnitId: '' }, false],
    ['transfer to the same unit', stateOf('accepted'), 'transfer', intake, { toUnitId: deskUnit }, false],
    ['transfer to another unit', stateOf('accepted'), 'transfer', intake, { toUnitId: otherUnit }, true],
    ['assign without officer', processingAt('in_review'), 'assign', leader, { officerId: ' ' }, false],
    ['assign an officer', processingAt('in_review'), 'assign', leader, { officerId: 'officer-9' }, true],
    ['reschedule to the same date', stateOf('processing'), 'reschedule', leader, { newDueAt: dueAt }, false],
    ['reschedule earlier', stateOf('processing'), 'reschedule', leader, { newDueAt: new Date(+dueAt - DAY) }, false],
    ['reschedule to an invalid date', stateOf('processing'), 'reschedule', leader, { newDueAt: new Date('x') }, false],
    ['reschedule to a string', stateOf('processing'), 'reschedule', leader, { newDueAt: '2026-04-01' }, false],
    ['reschedule later', stateOf('processing'), 'reschedule', leader, { newDueAt: new Date(+dueAt + DAY) }, true],
    ['payment of zero', processingAt('approved'), 'request_payment', processor, { amount: 0 }, false],
    ['payment negative', processingAt('approved'), 'request_payment', processor, { amount: -5000 }, false],
    ['payment fractional', processingAt('approved'), 'request_payment', processor, { amount: 1.5 }, false],
    ['payment as text', processingAt('approved'), 'request_payment', processor, { amount: '50000' }, false],
    ['payment in đồng', processingAt('approved'), 'request_payment', processor, { amount: 50_000 }, true],
    [
      'return without the originals check',
      stateOf('result_ready'),
      'return_result',
      intake,
      { feeCollected: 0 },
      false,
    ],
    [
      'return with originals unchecked',
      stateOf('result_ready'),
      'return_result',
      intake,
      { originalsChecked: false, feeCollected: 0 },
      false,
    ],
    [
      'return with a negative fee',
      stateOf('result_ready'),
      'return_result',
      intake,
      { originalsChecked: true, feeCollected: -1 },
      false,
    ],
    [
      'return with the fee recorded',
      stateOf('result_ready'),
      'return_result',
      intake,
      { originalsChecked: true, feeCollected: 25_000 },
      true,
    ],
    ['complete without payload', processingAt('approved'), 'complete', processor, undefined, true],
    ['complete back to a blank desk', processingAt('approved'), 'complete', processor, { returnToUnitId: '' }, false],
    ['complete back to the desk', processingAt('approved'), 'complete', processor, { returnToUnitId: 'desk' }, true],
  ];

  it.each(cases)('%s', (_name, state, action, actor, payload, valid) => {
    const command: Command = { action, actor, now, reason: 'Lý do', payload: rawPayload(payload) };
    const decision = decide(state, payload === undefined ? { ...command, payload: undefined } : command);
    expect(decision.ok ? 'ok' : decision.reason).toBe(valid ? 'ok' : 'PAYLOAD_INVALID');
  });

  it('reports the transfer target and a result sent back to the desk', () => {
    expect(succeed(stateOf('accepted'), validCommand('transfer', intake)).transfer).toEqual({ toUnitId: otherUnit });
    const department = officer(['processor'], otherUnit);
    const atDepartment = processingAt('approved', { currentUnitId: otherUnit });
    const back = validCommand('complete', department, { payload: { returnToUnitId: deskUnit } });
    expect(succeed(atDepartment, back).transfer).toEqual({ toUnitId: deskUnit });
    const stay = validCommand('complete', department, { payload: { returnToUnitId: otherUnit } });
    expect(succeed(atDepartment, stay)).not.toHaveProperty('transfer');
    expect(succeed(processingAt('approved'), validCommand('complete', processor))).not.toHaveProperty('transfer');
  });
});

describe('reschedule (Mẫu 04, once, before the due date)', () => {
  it.each(['accepted', 'processing', 'payment_requested'] as Status[])('keeps the dossier in %s', (status) => {
    const state = stateOf(status);
    const decision = succeed(state, validCommand('reschedule', leader));
    expect(decision.to).toEqual({ status, subStatus: state.subStatus });
    expect(decision.notice).toBe('application.rescheduled');
  });

  it('is allowed only once', () => {
    const state = stateOf('processing', { rescheduled: true });
    expect(decide(state, validCommand('reschedule', leader))).toEqual({ ok: false, reason: 'ALREADY_RESCHEDULED' });
  });

  it('must come before the due date', () => {
    for (const at of [dueAt, new Date(+dueAt + 60_000)]) {
      const command = validCommand('reschedule', leader, { now: at });
      expect(decide(stateOf('processing'), command)).toEqual({ ok: false, reason: 'RESCHEDULE_TOO_LATE' });
    }
    const justBefore = validCommand('reschedule', leader, { now: new Date(+dueAt - 60_000) });
    expect(decide(stateOf('processing'), justBefore).ok).toBe(true);
  });

  it('needs a due date to move', () => {
    const state = stateOf('processing', { dueAt: null });
    expect(decide(state, validCommand('reschedule', leader))).toEqual({ ok: false, reason: 'TRANSITION_NOT_ALLOWED' });
  });

  it('is a leader decision', () => {
    expect(cell(decide(stateOf('processing'), validCommand('reschedule', processor)))).toBe('R');
  });
});

describe('approval', () => {
  it.each(['in_review', 'assigned', 'transferred', 'awaiting_approval'] as const)('cannot complete at %s', (step) => {
    expect(cell(decide(processingAt(step), validCommand('complete', allRoles)))).toBe('.');
  });

  it('completes once approved, and only leaders approve', () => {
    expect(cell(decide(processingAt('approved'), validCommand('complete', processor)))).toBe('9');
    expect(cell(decide(processingAt('awaiting_approval'), validCommand('approve', processor)))).toBe('R');
    expect(cell(decide(processingAt('awaiting_approval'), validCommand('approve', leader)))).toBe('4ap');
  });
});

describe('roles and unit scope', () => {
  it('counts a role only on the unit holding the dossier', () => {
    const elsewhere = officer(['intake', 'processor', 'leader'], otherUnit);
    expect(decide(stateOf('submitted'), validCommand('accept', elsewhere))).toEqual({
      ok: false,
      reason: 'OUT_OF_SCOPE',
    });
    const mixed: Actor = {
      kind: 'officer',
      officerId: 'officer-3',
      roles: [
        { unitId: deskUnit, role: 'intake' },
        { unitId: otherUnit, role: 'processor' },
      ],
    };
    expect(cell(decide(stateOf('accepted'), validCommand('start_processing', mixed)))).toBe('OUT_OF_SCOPE');
    expect(cell(decide(stateOf('submitted'), validCommand('accept', mixed)))).toBe('2');
    expect(cell(decide(stateOf('submitted', { currentUnitId: otherUnit }), validCommand('accept', mixed)))).toBe(
      'OUT_OF_SCOPE',
    );
  });

  it('keeps an admin out of processing, even next to other roles elsewhere', () => {
    const admin: Actor = {
      kind: 'officer',
      officerId: 'admin-1',
      roles: [
        { unitId: deskUnit, role: 'admin' },
        { unitId: otherUnit, role: 'leader' },
      ],
    };
    expect(cell(decide(stateOf('processing'), validCommand('stop', admin)))).toBe('OUT_OF_SCOPE');
    expect(cell(decide(stateOf('submitted'), validCommand('accept', admin)))).toBe('R');
  });

  it('splits intake, processing and leadership', () => {
    expect(cell(decide(stateOf('submitted'), validCommand('accept', processor)))).toBe('R');
    expect(cell(decide(stateOf('submitted'), validCommand('accept', leader)))).toBe('R');
    expect(cell(decide(stateOf('accepted'), validCommand('start_processing', intake)))).toBe('R');
    expect(cell(decide(stateOf('accepted'), validCommand('start_processing', leader)))).toBe('4rv');
    expect(cell(decide(stateOf('processing'), validCommand('stop', processor)))).toBe('R');
    expect(cell(decide(stateOf('result_ready'), validCommand('return_result', processor)))).toBe('R');
  });

  it('lets the payment gateway confirm a fee, and nothing else', () => {
    expect(cell(decide(stateOf('payment_requested'), validCommand('confirm_payment', system)))).toBe('4ap');
    expect(cell(decide(stateOf('payment_requested'), validCommand('confirm_payment', processor)))).toBe('R');
    expect(cell(decide(stateOf('submitted'), validCommand('accept', system)))).toBe('R');
  });
});
