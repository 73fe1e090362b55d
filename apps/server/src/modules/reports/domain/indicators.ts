/** The period's counts behind the indicators (see `ConsoleStats` for what each one counts). */
export interface StatsTotals {
  received: number;
  inProgress: number;
  completed: number;
  onTime: number;
  late: number;
  overdue: number;
  /** Completed no later than the date last promised (a reschedule's new date counts). */
  promiseKept: number;
  /** Received through an online channel (web, Zalo). */
  online: number;
  /** Sum over completed dossiers of the time from acceptance to the end of processing. */
  processingSeconds: number;
}

export interface RatingCounts {
  very_satisfied: number;
  satisfied: number;
  unsatisfied: number;
}

export interface IndicatorValue {
  key: string;
  label: string;
  value: number | null;
  unit: string;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** `part` of `whole` in %, one decimal; null without a base. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? round1((part / whole) * 100) : null;
}

export function satisfactionRate(r: RatingCounts): number | null {
  return percent(r.very_satisfied + r.satisfied, r.very_satisfied + r.satisfied + r.unsatisfied);
}

/**
 * The indicators the dashboard shows. Where one follows QĐ 766/QĐ-TTg its label says so; it is
 * computed from this province's own records, so it approximates, not reproduces, the national score:
 * - 2.1 on time: completed by the due date of Mẫu 01 (supplement waiting time excluded, a reschedule
 *   not counting), at most one supplement request;
 * - online share (group 3): dossiers received online or through Zalo, of all received;
 * - 5.4 satisfaction in handling = 100% − (late share + share of "unsatisfied" ratings), both of the
 *   dossiers completed in the period (complaints are not recorded yet, so they do not count).
 * The average time is in calendar days from acceptance, waiting for supplements included.
 */
export function computeIndicators(t: StatsTotals, ratings: RatingCounts): IndicatorValue[] {
  const lateShare = percent(t.late, t.completed);
  const unsatisfiedShare = percent(ratings.unsatisfied, t.completed);
  const handling =
    lateShare === null || unsatisfiedShare === null ? null : round1(Math.max(0, 100 - lateShare - unsatisfiedShare));
  return [
    {
      key: 'on_time_rate',
      label: 'Tỷ lệ hồ sơ giải quyết đúng hạn (QĐ 766, chỉ số 2.1)',
      value: percent(t.onTime, t.completed),
      unit: '%',
    },
    {
      key: 'promise_kept_rate',
      label: 'Tỷ lệ hồ sơ trả kết quả đúng ngày hẹn với công dân (tính cả ngày hẹn lại)',
      value: percent(t.promiseKept, t.completed),
      unit: '%',
    },
    {
      key: 'overdue_share',
      label: 'Tỷ lệ hồ sơ đang giải quyết đã quá hạn',
      value: percent(t.overdue, t.inProgress),
      unit: '%',
    },
    {
      key: 'avg_processing_days',
      label: 'Thời gian giải quyết trung bình (ngày lịch, từ khi tiếp nhận)',
      value: t.completed > 0 ? round1(t.processingSeconds / 86_400 / t.completed) : null,
      unit: 'ngày',
    },
    {
      key: 'online_share',
      label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến (QĐ 766, nhóm chỉ số 3)',
      value: percent(t.online, t.received),
      unit: '%',
    },
    {
      key: 'satisfaction_rate',
      label: 'Tỷ lệ đánh giá hài lòng và rất hài lòng',
      value: satisfactionRate(ratings),
      unit: '%',
    },
    {
      key: 'handling_satisfaction',
      label: 'Mức độ hài lòng trong tiếp nhận, giải quyết TTHC (QĐ 766, chỉ số 5.4)',
      value: handling,
      unit: '%',
    },
  ];
}
