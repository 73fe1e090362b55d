/** The dates that decide whether a dossier is late; "overdue" is computed, never stored. */
export interface DueFacts {
  dueAt: Date | null;
  rescheduledDueAt: Date | null;
  /** Set while a supplement request pauses the clock. */
  pausedAt: Date | null;
  endedAt: Date | null;
}

/** The date the citizen was last promised: the apology's new date, else the receipt's. */
export function effectiveDueAt(facts: DueFacts): Date | null {
  return facts.rescheduledDueAt ?? facts.dueAt;
}

/**
 * Late when the promised date has passed, processing has not ended, and the clock is not paused
 * for a supplement (the citizen's waiting time does not count against the office).
 */
export function isOverdue(facts: DueFacts, now: Date): boolean {
  const due = effectiveDueAt(facts);
  if (!due || facts.endedAt || facts.pausedAt) return false;
  return now.getTime() > due.getTime();
}
