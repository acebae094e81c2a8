// Reads what the dashboards need to know about partnerships (PartnershipFacts) from their rows, a batch at a time.
import type { EntityManager } from 'typeorm';
import type { OrganizationKind, PartnershipFacts, PartnershipForm, PartnershipFunction, PartnershipStatus, QualityScores, Rating } from '@daikou/domain';
import { todayInCambodia } from '../common/cambodia-date';

interface PartnershipRow {
  id: string;
  status: PartnershipStatus;
  function: PartnershipFunction;
  form: PartnershipForm;
  provinceCodes: string[];
  adminUnitCodes: string[];
  sectors: string[];
  startDate: string;
  statusSince: Date;
}

/** Groups rows by partnership id. */
function byPartnership<R extends { partnershipId: string }>(rows: R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(row.partnershipId);
    if (group) group.push(row);
    else groups.set(row.partnershipId, [row]);
  }
  return groups;
}

/** The facts of each partnership of `ids` that exists (one query per kind of row, whatever the number of ids). */
export async function loadPortfolioFacts(manager: EntityManager, ids: readonly string[]): Promise<Map<string, PartnershipFacts>> {
  if (ids.length === 0) return new Map();
  const partnerships: PartnershipRow[] = await manager.query(
    `SELECT id, status, function, form, province_codes AS "provinceCodes", admin_unit_codes AS "adminUnitCodes", sectors,
            to_char(start_date, 'YYYY-MM-DD') AS "startDate", status_since AS "statusSince"
       FROM partnerships WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const parties = byPartnership<{ partnershipId: string; organizationId: string; kind: OrganizationKind; endorserId: string | null }>(
    await manager.query(
      `SELECT pp.partnership_id AS "partnershipId", o.id AS "organizationId", o.kind, o.endorsing_organization_id AS "endorserId"
         FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
        WHERE pp.partnership_id = ANY($1::uuid[])`,
      [ids],
    ),
  );
  const stays = byPartnership<{ partnershipId: string; status: PartnershipStatus; seconds: number }>(
    await manager.query(
      `SELECT partnership_id AS "partnershipId", from_status AS status, seconds_in_from AS seconds
         FROM partnership_transitions
        WHERE partnership_id = ANY($1::uuid[]) AND from_status IS NOT NULL AND seconds_in_from IS NOT NULL`,
      [ids],
    ),
  );
  const occurrences = byPartnership<{ partnershipId: string; ownerOrganizationId: string; dueDate: string; ratings: { organizationId: string; rating: Rating }[] }>(
    await manager.query(
      `SELECT o.partnership_id AS "partnershipId", o.owner_organization_id AS "ownerOrganizationId",
              to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate",
              COALESCE(jsonb_agg(jsonb_build_object('organizationId', r.organization_id, 'rating', r.rating))
                         FILTER (WHERE r.id IS NOT NULL), '[]') AS ratings
         FROM commitment_occurrences o LEFT JOIN commitment_ratings r ON r.occurrence_id = o.id
        WHERE o.partnership_id = ANY($1::uuid[])
        GROUP BY o.id`,
      [ids],
    ),
  );
  const assessments = byPartnership<{ partnershipId: string; organizationId: string; side: OrganizationKind; period: string; scores: QualityScores }>(
    await manager.query(
      `SELECT partnership_id AS "partnershipId", organization_id AS "organizationId", side, period, scores
         FROM quality_assessments WHERE partnership_id = ANY($1::uuid[])`,
      [ids],
    ),
  );
  const rounds = byPartnership<{ partnershipId: string; date: string; criteria: { name: string; citizenScore: number; providerScore: number }[] }>(
    await manager.query(
      `SELECT partnership_id AS "partnershipId", to_char(date, 'YYYY-MM-DD') AS date, criteria
         FROM scorecards WHERE partnership_id = ANY($1::uuid[])`,
      [ids],
    ),
  );
  return new Map(
    partnerships.map((row) => {
      const itsParties = parties.get(row.id) ?? [];
      const facts: PartnershipFacts = {
        status: row.status,
        function: row.function,
        form: row.form,
        provinceCodes: row.provinceCodes,
        adminUnitCodes: row.adminUnitCodes,
        sectors: row.sectors,
        startDate: row.startDate,
        // The same rule as partnership visibility: the parties, and the parent administrations of the parties.
        viewerOrganizationIds: itsParties.flatMap((party) => (party.endorserId ? [party.organizationId, party.endorserId] : [party.organizationId])),
        parties: itsParties.map((party) => ({ organizationId: party.organizationId, kind: party.kind })),
        endedStays: (stays.get(row.id) ?? []).map((stay) => ({ status: stay.status, seconds: Number(stay.seconds) })),
        statusSinceDay: todayInCambodia(row.statusSince),
        occurrences: occurrences.get(row.id) ?? [],
        assessments: assessments.get(row.id) ?? [],
        scorecardRounds: (rounds.get(row.id) ?? []).map((round) => ({ date: round.date, criteria: round.criteria })),
      };
      return [row.id, facts];
    }),
  );
}
