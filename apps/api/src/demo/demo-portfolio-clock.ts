// The portfolio took years but loads in a minute: each step runs now, through the services, noted with the moment it
// stands for; then, in one transaction, every timestamp written during a step is moved to that moment.
import type { EntityManager } from 'typeorm';

interface StepWindow {
  started: Date;
  /** Null: the step keeps the time it ran at. */
  planned: Date | null;
}

/**
 * The timestamps the steps write, and the portfolio's rows they are looked for in ($4: the ids of its partnerships, or
 * of its service points). Not here: submitted report versions, which a trigger freezes (so reports keep the day they
 * were loaded), and the audit log, which records when the portfolio was really written.
 */
const MOVED_TIMESTAMPS: readonly { table: string; column: string; of: 'partnershipIds' | 'servicePointIds'; rows: string }[] = [
  { table: 'partnerships', column: 'created_at', of: 'partnershipIds', rows: 't.id = ANY($4::uuid[])' },
  { table: 'partnerships', column: 'updated_at', of: 'partnershipIds', rows: 't.id = ANY($4::uuid[])' },
  { table: 'partnership_transitions', column: 'at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'partnership_endorsements', column: 'at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'partnership_reviews', column: 'created_at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'mou_versions', column: 'created_at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'mou_signatures', column: 'signed_at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'commitments', column: 'created_at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  {
    table: 'commitment_ratings',
    column: 'created_at',
    of: 'partnershipIds',
    rows: 't.occurrence_id IN (SELECT id FROM commitment_occurrences WHERE partnership_id = ANY($4::uuid[]))',
  },
  { table: 'quality_assessments', column: 'submitted_at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'indicators', column: 'created_at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'scorecards', column: 'created_at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'action_items', column: 'created_at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'action_items', column: 'updated_at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'notifications', column: 'created_at', of: 'partnershipIds', rows: 't.partnership_id = ANY($4::uuid[])' },
  { table: 'service_points', column: 'created_at', of: 'servicePointIds', rows: 't.id = ANY($4::uuid[])' },
  { table: 'feedback', column: 'created_at', of: 'servicePointIds', rows: 't.service_point_id = ANY($4::uuid[])' },
  { table: 'feedback', column: 'triaged_at', of: 'servicePointIds', rows: 't.service_point_id = ANY($4::uuid[])' },
];

export class DemoClock {
  private readonly windows: StepWindow[] = [];

  /** Runs a step that stands for the moment `planned` (null: it keeps the time it runs at). Steps run one at a time. */
  run<T>(planned: Date | null, step: () => Promise<T>): Promise<T> {
    this.windows.push({ started: new Date(), planned });
    return step();
  }

  /** The earliest moment a step stood for. */
  earliest(): Date | null {
    const planned = this.windows.flatMap((window) => (window.planned ? [window.planned.getTime()] : []));
    return planned.length === 0 ? null : new Date(Math.min(...planned));
  }

  /**
   * Moves what each step wrote to the moment it stands for (keeping the time within the step, so the order of rows
   * stays), then times the stays in each status from the moved transitions as the lifecycle does.
   */
  async backdate(manager: EntityManager, scope: { partnershipIds: string[]; servicePointIds: string[] }): Promise<void> {
    // A step's rows were written after it started and before the next one did.
    const until = [...this.windows.slice(1).map((window) => window.started), new Date()];
    const moved = this.windows.flatMap((window, index) => (window.planned ? [{ ...window, planned: window.planned, until: until[index]! }] : []));
    const windows = [
      moved.map((window) => window.started.toISOString()),
      moved.map((window) => window.until.toISOString()),
      moved.map((window) => window.planned.toISOString()),
    ];
    for (const { table, column, of, rows } of MOVED_TIMESTAMPS) {
      await manager.query(
        `UPDATE ${table} t SET ${column} = w.planned + (t.${column} - w.started)
           FROM unnest($1::timestamptz[], $2::timestamptz[], $3::timestamptz[]) AS w(started, until, planned)
          WHERE ${rows} AND t.${column} >= w.started AND t.${column} < w.until`,
        [...windows, scope[of]],
      );
    }
    // A transition that changes the status ends the stay that began at the previous one that did (or at creation).
    await manager.query(
      `UPDATE partnership_transitions t SET seconds_in_from = round(extract(epoch FROM t.at - stay.began))::integer
         FROM (SELECT seq, max(at) FILTER (WHERE from_status IS DISTINCT FROM to_status)
                             OVER (PARTITION BY partnership_id ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS began
                 FROM partnership_transitions WHERE partnership_id = ANY($1::uuid[])) stay
        WHERE t.seq = stay.seq AND t.from_status <> t.to_status`,
      [scope.partnershipIds],
    );
    await manager.query(
      `UPDATE partnerships p SET status_since = latest.at
         FROM (SELECT partnership_id, max(at) AS at FROM partnership_transitions
                WHERE partnership_id = ANY($1::uuid[]) AND from_status IS DISTINCT FROM to_status GROUP BY partnership_id) latest
        WHERE p.id = latest.partnership_id`,
      [scope.partnershipIds],
    );
  }
}
