// The public record: published partnerships (PUBLIC_STATUSES) with what each side promised and kept, the scorecard
// results of their service points and the action plan that followed. Every query filters on a published status in
// SQL; what is read is organisations, dates, counts and scores — never people or what citizens wrote.
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  accountabilityRecord,
  compareRounds,
  isActionItemOverdue,
  participationSummary,
  PUBLIC_STATUSES,
  scorecardGaps,
  type OrganizationKind,
  type Rating,
} from '@daikou/domain';
import { getAdminUnit, normalizeForSearch } from '@daikou/gazetteer';
import { todayInCambodia } from '../common/cambodia-date';
import { cursorParts, decodeCursor, toPage, type Page } from '../common/pagination';
import { notFound } from '../common/problem';
import { ActionItemRecord, Scorecard, ServicePoint } from '../monitoring/monitoring.entities';
import { servicePointView } from '../monitoring/service-points.service';
import { Partnership } from '../partnerships/partnership.entities';
import type { PublicPartnershipQuery } from './public-query';
import { servicePointPagePath } from './public-page-routes';
import type {
  PublicCommitments,
  PublicPartnership,
  PublicPartnershipRecord,
  PublicServicePoint,
  PublicServiceResults,
} from './public-view';

const PUBLISHED = [...PUBLIC_STATUSES];

interface PartyRow {
  partnershipId: string;
  organizationId: string;
  name: string;
  nameKm: string | null;
  kind: OrganizationKind;
}

const partyOf = ({ name, nameKm, kind }: Pick<PartyRow, 'name' | 'nameKm' | 'kind'>) => ({ name, nameKm, kind });

function areaOf(codes: string[]) {
  return codes.flatMap((code) => {
    const unit = getAdminUnit(code);
    return unit ? [{ code, level: unit.level, nameKm: unit.nameKm, nameLatin: unit.nameLatin }] : [];
  });
}

@Injectable()
export class PublicRecordsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: PublicPartnershipQuery): Promise<Page<PublicPartnership>> {
    const qb = this.dataSource.getRepository(Partnership).createQueryBuilder('p')
      .where('p.status = ANY(:published)', { published: PUBLISHED })
      .orderBy('p.start_date', 'DESC').addOrderBy('p.id', 'DESC').limit(query.limit + 1);
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.province) qb.andWhere(':province = ANY(p.province_codes)', { province: query.province });
    if (query.q) {
      const q = normalizeForSearch(query.q);
      if (q) qb.andWhere('p.search_text LIKE :q', { q: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    const cursor = decodeCursor(query.cursor, [cursorParts.text, cursorParts.uuid]);
    if (cursor) qb.andWhere('(p.start_date, p.id) < (:startDate::date, :id)', { startDate: cursor[0], id: cursor[1] });
    const page = toPage(await qb.getMany(), query.limit, (p) => [p.startDate, p.id]);
    const parties = await this.partiesOf(page.items.map((p) => p.id));
    return { items: page.items.map((p) => this.summary(p, parties)), nextCursor: page.nextCursor };
  }

  /** The provinces that have a published partnership, for the list's filter. */
  async provinces(): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT DISTINCT unnest(province_codes) AS code FROM partnerships WHERE status = ANY($1) ORDER BY code`,
      [PUBLISHED],
    );
    return rows.map((r) => r.code);
  }

  async partnership(id: string): Promise<PublicPartnershipRecord> {
    const partnership = await this.dataSource.getRepository(Partnership).findOneBy({ id, status: In(PUBLISHED) });
    if (!partnership) throw notFound('The partnership');
    const parties = await this.partiesOf([id]);
    const scorecards = await this.dataSource.getRepository(Scorecard).find({ where: { partnershipId: id }, order: { date: 'ASC', createdAt: 'ASC' } });
    const points = await this.servicePointsOf(scorecards);
    return {
      ...this.summary(partnership, parties),
      commitments: await this.commitments(id, parties),
      servicePoints: points.map((point) => this.results(point, scorecards.filter((s) => s.servicePointId === point.id))),
      actionPlan: await this.actionPlan(scorecards),
    };
  }

  /** A service point is public once a published partnership has held a scorecard round there. */
  async servicePoint(id: string): Promise<PublicServicePoint> {
    const scorecards = await this.dataSource.getRepository(Scorecard).createQueryBuilder('s')
      .innerJoin(Partnership, 'p', 'p.id = s.partnership_id AND p.status = ANY(:published)', { published: PUBLISHED })
      .where('s.service_point_id = :id', { id })
      .orderBy('s.date', 'ASC').addOrderBy('s.created_at', 'ASC')
      .getMany();
    const [point] = await this.servicePointsOf(scorecards);
    if (!point) throw notFound('The service point');
    const partnerships = await this.dataSource.getRepository(Partnership).find({
      where: { id: In([...new Set(scorecards.map((s) => s.partnershipId))]) },
      select: { id: true, title: true },
      order: { startDate: 'DESC' },
    });
    return {
      ...this.results(point, scorecards),
      partnerships: partnerships.map(({ id: partnershipId, title }) => ({ id: partnershipId, title })),
      actionPlan: await this.actionPlan(scorecards),
    };
  }

  private summary(p: Partnership, parties: PartyRow[]): PublicPartnership {
    return {
      id: p.id,
      title: p.title,
      status: p.status as PublicPartnership['status'],
      function: p.function,
      form: p.form,
      purpose: p.goals,
      parties: parties.filter((row) => row.partnershipId === p.id).map(partyOf),
      area: areaOf(p.adminUnitCodes),
      sectors: p.sectors,
      startDate: p.startDate,
      endDate: p.endDate,
    };
  }

  private async partiesOf(partnershipIds: string[]): Promise<PartyRow[]> {
    if (partnershipIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT pp.partnership_id AS "partnershipId", o.id AS "organizationId", o.name, o.name_km AS "nameKm", o.kind
         FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
        WHERE pp.partnership_id = ANY($1::uuid[]) ORDER BY o.kind DESC, o.name`,
      [partnershipIds],
    );
  }

  /** The accountability record of each party (the domain's rule), and the counts added up per side. */
  private async commitments(partnershipId: string, parties: PartyRow[]): Promise<PublicCommitments> {
    const occurrences: { ownerOrganizationId: string; dueDate: string; ratings: { organizationId: string; rating: Rating }[] }[] = await this.dataSource.query(
      `SELECT o.owner_organization_id AS "ownerOrganizationId", o.due_date::text AS "dueDate",
              COALESCE(json_agg(json_build_object('organizationId', r.organization_id, 'rating', r.rating)) FILTER (WHERE r.id IS NOT NULL), '[]') AS ratings
         FROM commitment_occurrences o LEFT JOIN commitment_ratings r ON r.occurrence_id = o.id
        WHERE o.partnership_id = $1 GROUP BY o.id`,
      [partnershipId],
    );
    const records = accountabilityRecord(occurrences, parties.map((p) => p.organizationId), todayInCambodia());
    const byParty = records.map(({ organizationId, ...counts }) => ({ ...partyOf(parties.find((p) => p.organizationId === organizationId)!), ...counts }));
    const sides = (['state', 'non_state'] as const).map((side) => {
      const total = { side, kept: 0, partlyKept: 0, notKept: 0, disputed: 0, overdue: 0 };
      for (const party of byParty.filter((p) => p.kind === side)) {
        total.kept += party.kept;
        total.partlyKept += party.partlyKept;
        total.notKept += party.notKept;
        total.disputed += party.disputed;
        total.overdue += party.overdue;
      }
      return total;
    });
    return { sides, parties: byParty };
  }

  private async servicePointsOf(scorecards: Scorecard[]): Promise<ServicePoint[]> {
    const ids = [...new Set(scorecards.map((s) => s.servicePointId))];
    if (ids.length === 0) return [];
    const points = await this.dataSource.getRepository(ServicePoint).findBy({ id: In(ids) });
    return ids.map((id) => points.find((p) => p.id === id)!);
  }

  private results(point: ServicePoint, scorecards: Scorecard[]): PublicServiceResults {
    const view = servicePointView(point);
    return {
      id: view.id,
      name: view.name,
      nameKm: view.nameKm,
      kind: view.kind,
      area: view.adminUnitName,
      feedbackPage: servicePointPagePath(point.id),
      rounds: scorecards.map((s) => {
        const gaps = scorecardGaps(s.criteria);
        return { date: s.date, participants: participationSummary([s.participants]), citizenAverage: gaps.citizenAverage, providerAverage: gaps.providerAverage };
      }),
      criteria: compareRounds(scorecards),
    };
  }

  /** "You said, we did": the action items agreed after these rounds, with their owner organisation and status. */
  private async actionPlan(scorecards: Scorecard[]) {
    if (scorecards.length === 0) return [];
    const items = await this.dataSource.getRepository(ActionItemRecord).find({
      where: { scorecardId: In(scorecards.map((s) => s.id)) },
      order: { dueDate: 'ASC', createdAt: 'ASC' },
    });
    const owners: PartyRow[] = items.length
      ? await this.dataSource.query(`SELECT id AS "organizationId", name, name_km AS "nameKm", kind FROM organizations WHERE id = ANY($1::uuid[])`, [
          [...new Set(items.map((i) => i.ownerOrganizationId))],
        ])
      : [];
    const today = todayInCambodia();
    return items.map((item) => {
      const round = scorecards.find((s) => s.id === item.scorecardId)!;
      return {
        description: item.description,
        status: item.status,
        dueDate: item.dueDate,
        overdue: isActionItemOverdue(item, today),
        owner: partyOf(owners.find((o) => o.organizationId === item.ownerOrganizationId)!),
        servicePointId: round.servicePointId,
        roundDate: round.date,
      };
    });
  }
}
