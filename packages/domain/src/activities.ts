// The workplan: activities of the parties, each led by one party, moving through a small status machine.

export const ACTIVITY_STATUSES = ['planned', 'in_progress', 'done', 'postponed', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** The statuses each status may move to; done and cancelled are final. */
export const ACTIVITY_MOVES: Readonly<Record<ActivityStatus, readonly ActivityStatus[]>> = {
  planned: ['in_progress', 'postponed', 'cancelled'],
  in_progress: ['done', 'postponed', 'cancelled'],
  done: [],
  postponed: ['planned', 'in_progress', 'cancelled'],
  cancelled: [],
};

/**
 * Whether an activity in status `from` may be given status `to`. Keeping the same status is no move and is
 * always allowed, so that an edit resending the current status is not refused.
 */
export function canMoveActivity(from: ActivityStatus, to: ActivityStatus): boolean {
  return from === to || ACTIVITY_MOVES[from].includes(to);
}

export function isFinalActivityStatus(status: ActivityStatus): boolean {
  return ACTIVITY_MOVES[status].length === 0;
}
