// The counts of an accountability record, in the order they are shown in its table and chart.
export const RECORD_COUNTS = ['kept', 'partlyKept', 'notKept', 'disputed', 'overdue'] as const;
