import type { Action } from './actions.ts';
import type { Status } from './statuses.ts';
import {
  acceptRule,
  approveRule,
  assignRule,
  completeRule,
  confirmPaymentRule,
  reassignRule,
  receiveSupplementRules,
  refuseRule,
  requestPaymentRule,
  rescheduleRule,
  returnResultRule,
  startAfterTransferRule,
  startRule,
  stopRule,
  stopWithdrawnRule,
  submitForApprovalRule,
  supplementAtIntakeRule,
  supplementInProcessingRule,
  transferFromDeskRule,
  transferOnwardRule,
  withdrawRule,
  type TableEntry,
} from './transition-rules.ts';

/** Every action from a status: a rule, guarded alternatives, or `null` (not allowed). */
export type StatusRow = Readonly<Record<Action, TableEntry>>;

/** The whole table: every status × every action, so a new status or action fails to compile until decided. */
export type TransitionTable = Readonly<Record<Status, StatusRow>>;

/** A row where nothing is allowed, for final statuses (3, 8, 10). */
const nothing = {
  accept: null,
  refuse: null,
  request_supplement: null,
  receive_supplement: null,
  start_processing: null,
  assign: null,
  transfer: null,
  submit_for_approval: null,
  approve: null,
  request_payment: null,
  confirm_payment: null,
  reschedule: null,
  complete: null,
  return_result: null,
  stop: null,
  withdraw: null,
} as const satisfies StatusRow;

/**
 * The status × action table shared by the server and both apps. Status codes are the national
 * portal's (1–10); the steps follow NĐ 61/2018/NĐ-CP (amended by NĐ 107/2021/NĐ-CP), whose
 * receive → transfer → resolve → return skeleton NĐ 118/2025/NĐ-CP keeps.
 */
export const transitionTable = {
  // 1 Mới đăng ký: the desk checks the filing and takes one of the three outcomes of Điều 18.
  submitted: {
    accept: acceptRule,
    refuse: refuseRule,
    request_supplement: supplementAtIntakeRule,
    receive_supplement: null,
    start_processing: null,
    assign: null,
    transfer: null,
    submit_for_approval: null,
    approve: null,
    request_payment: null,
    confirm_payment: null,
    reschedule: null,
    complete: null,
    return_result: null,
    stop: null,
    withdraw: withdrawRule,
  },
  // 2 Được tiếp nhận: receipt issued and the clock runs; the dossier goes to the competent unit.
  accepted: {
    accept: null,
    refuse: null,
    request_supplement: null,
    receive_supplement: null,
    start_processing: startRule,
    assign: assignRule,
    transfer: transferFromDeskRule,
    submit_for_approval: null,
    approve: null,
    request_payment: null,
    confirm_payment: null,
    reschedule: rescheduleRule('accepted'),
    complete: null,
    return_result: null,
    stop: stopRule,
    withdraw: withdrawRule,
  },
  // 3 Không được tiếp nhận (Mẫu 03): final.
  refused: nothing,
  // 4 Đang xử lý: the sub-status says which step; see each rule's guard.
  processing: {
    accept: null,
    refuse: null,
    request_supplement: supplementInProcessingRule,
    receive_supplement: null,
    start_processing: startAfterTransferRule,
    assign: reassignRule,
    transfer: transferOnwardRule,
    submit_for_approval: submitForApprovalRule,
    approve: approveRule,
    request_payment: requestPaymentRule,
    confirm_payment: null,
    reschedule: rescheduleRule('processing'),
    complete: completeRule,
    return_result: null,
    stop: stopRule,
    withdraw: withdrawRule,
  },
  // 5 Yêu cầu bổ sung (Mẫu 02): waiting for the citizen.
  supplement_requested: {
    accept: null,
    refuse: null,
    request_supplement: null,
    receive_supplement: receiveSupplementRules,
    start_processing: null,
    assign: null,
    transfer: null,
    submit_for_approval: null,
    approve: null,
    request_payment: null,
    confirm_payment: null,
    reschedule: null,
    complete: null,
    return_result: null,
    stop: stopRule,
    withdraw: withdrawRule,
  },
  // 6 Yêu cầu thực hiện nghĩa vụ tài chính: waiting for the fee; the clock keeps running.
  payment_requested: {
    accept: null,
    refuse: null,
    request_supplement: null,
    receive_supplement: null,
    start_processing: null,
    assign: null,
    transfer: null,
    submit_for_approval: null,
    approve: null,
    request_payment: null,
    confirm_payment: confirmPaymentRule,
    reschedule: rescheduleRule('payment_requested'),
    complete: null,
    return_result: null,
    stop: stopRule,
    withdraw: withdrawRule,
  },
  // 7 Công dân yêu cầu rút hồ sơ: an officer confirms by stopping.
  withdrawal_requested: {
    accept: null,
    refuse: null,
    request_supplement: null,
    receive_supplement: null,
    start_processing: null,
    assign: null,
    transfer: null,
    submit_for_approval: null,
    approve: null,
    request_payment: null,
    confirm_payment: null,
    reschedule: null,
    complete: null,
    return_result: null,
    stop: stopWithdrawnRule,
    withdraw: null,
  },
  // 8 Dừng xử lý: final.
  stopped: nothing,
  // 9 Đã xử lý xong: the result waits at the desk (Điều 21).
  result_ready: {
    accept: null,
    refuse: null,
    request_supplement: null,
    receive_supplement: null,
    start_processing: null,
    assign: null,
    transfer: null,
    submit_for_approval: null,
    approve: null,
    request_payment: null,
    confirm_payment: null,
    reschedule: null,
    complete: null,
    return_result: returnResultRule,
    stop: null,
    withdraw: null,
  },
  // 10 Đã trả kết quả: final.
  returned: nothing,
} as const satisfies TransitionTable;
