// The shared directory of service points (health centres, schools, one-window and commune offices) that
// partnerships monitor; any signed-in user looks them up.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validationMessage, type ServicePointCreateInput } from '@daikou/domain';
import { getAdminUnit } from '@daikou/gazetteer';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../auth/access.service';
import { inBatches } from '../common/csv-export';
import { cursorParts, decodeCursor, toPage } from '../common/pagination';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { ServicePoint } from './monitoring.entities';
import { escapeLike } from './query-fields';
import type { ServicePointQuery } from './service-point-query';

export function servicePointView(point: ServicePoint) {
  const unit = getAdminUnit(point.adminUnitCode);
  return {
    id: point.id,
    name: point.name,
    nameKm: point.nameKm,
    kind: point.kind,
    adminUnitCode: point.adminUnitCode,
    adminUnitName: { km: unit?.nameKm ?? '', en: unit?.nameLatin || unit?.nameKm || '' },
    createdAt: point.createdAt.toISOString(),
  };
}

@Injectable()
export class ServicePointsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async create(context: RequestContext, input: ServicePointCreateInput) {
    await this.access.authorize(context, 'serviceDirectory.write');
    const unit = getAdminUnit(input.adminUnitCode);
    if (!unit || (unit.level !== 'commune' && unit.level !== 'village')) {
      throw new Problem('validation', 'The service point must lie in a commune or village of the gazetteer', [{ path: 'adminUnitCode', message: validationMessage('admin_unit_unknown') }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const point = await manager.getRepository(ServicePoint).save(
        manager.getRepository(ServicePoint).create({
          name: input.name,
          nameKm: input.nameKm ?? null,
          kind: input.kind,
          adminUnitCode: input.adminUnitCode,
          createdBy: context.actor!.userId,
        }),
      );
      await this.audit.record(manager, context, { action: 'service_point.create', entityType: 'service_point', entityId: point.id, summary: { name: input.name, kind: input.kind, adminUnitCode: input.adminUnitCode } });
      return servicePointView(point);
    });
  }

  async list(query: ServicePointQuery) {
    const after = decodeCursor(query.cursor, [cursorParts.text, cursorParts.uuid]);
    const page = toPage(await this.fetch(query, after, query.limit + 1), query.limit, (s) => [s.name, s.id]);
    return { items: page.items.map(servicePointView), nextCursor: page.nextCursor };
  }

  /** Every service point the list's filters match, a batch at a time (for the CSV download). */
  all(query: ServicePointQuery): AsyncIterable<ServicePoint> {
    return inBatches((after: readonly [string, string] | null, limit) => this.fetch(query, after, limit), (s) => [s.name, s.id] as const);
  }

  private fetch(query: ServicePointQuery, after: readonly [string, string] | null, limit: number) {
    const qb = this.dataSource.getRepository(ServicePoint).createQueryBuilder('s').orderBy('s.name', 'ASC').addOrderBy('s.id', 'ASC').limit(limit);
    if (query.adminUnit) qb.andWhere('s.admin_unit_code LIKE :area', { area: `${query.adminUnit}%` });
    if (query.kind) qb.andWhere('s.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere(`(s.name ILIKE :q OR s.name_km ILIKE :q)`, { q: `%${escapeLike(query.q)}%` });
    if (after) qb.andWhere('(s.name, s.id) > (:name, :id)', { name: after[0], id: after[1] });
    return qb.getMany();
  }

  async get(id: string) {
    return servicePointView(await this.find(id));
  }

  async find(id: string): Promise<ServicePoint> {
    const point = await this.dataSource.getRepository(ServicePoint).findOneBy({ id });
    if (!point) throw notFound('The service point');
    return point;
  }
}
