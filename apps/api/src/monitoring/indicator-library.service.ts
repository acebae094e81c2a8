// The shared indicator library: admins keep it, every signed-in user reads it, partnerships copy from it.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LibraryIndicatorInput, LibraryIndicatorUpdateInput } from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../auth/access.service';
import { changesOf } from '../common/changes';
import { inBatches } from '../common/csv-export';
import { cursorParts, decodeCursor, toPage } from '../common/pagination';
import { notFound } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import type { IndicatorLibraryQuery } from './indicator-library-query';
import { LibraryIndicator } from './monitoring.entities';
import { escapeLike } from './query-fields';

export function libraryIndicatorView(indicator: LibraryIndicator) {
  return {
    id: indicator.id,
    name: indicator.name,
    nameKm: indicator.nameKm,
    unit: indicator.unit,
    frequency: indicator.frequency,
    disaggregations: indicator.disaggregations,
    sector: indicator.sector,
    description: indicator.description,
    archived: indicator.archivedAt !== null,
    archivedAt: indicator.archivedAt?.toISOString() ?? null,
    createdAt: indicator.createdAt.toISOString(),
    updatedAt: indicator.updatedAt.toISOString(),
  };
}

@Injectable()
export class IndicatorLibraryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async create(context: RequestContext, input: LibraryIndicatorInput) {
    await this.access.authorize(context, 'indicatorLibrary.write');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(LibraryIndicator);
      const indicator = await repository.save(
        repository.create({
          name: input.name,
          nameKm: input.nameKm,
          unit: input.unit,
          frequency: input.frequency,
          disaggregations: input.disaggregations ?? [],
          sector: input.sector ?? null,
          description: input.description ?? null,
          archivedAt: null,
          createdBy: context.actor!.userId,
        }),
      );
      await this.audit.record(manager, context, { action: 'indicator_library.create', entityType: 'library_indicator', entityId: indicator.id, summary: { name: input.name } });
      return libraryIndicatorView(indicator);
    });
  }

  async update(context: RequestContext, id: string, patch: LibraryIndicatorUpdateInput) {
    await this.access.authorize(context, 'indicatorLibrary.write');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(LibraryIndicator);
      const indicator = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!indicator) throw notFound('The library indicator');
      const { archived, ...fields } = patch;
      const changes = changesOf(indicator, fields);
      Object.assign(indicator, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
      if (archived !== undefined && archived !== (indicator.archivedAt !== null)) {
        changes.archived = [!archived, archived];
        indicator.archivedAt = archived ? new Date() : null;
      }
      if (Object.keys(changes).length === 0) return libraryIndicatorView(indicator);
      const saved = await repository.save(indicator);
      await this.audit.record(manager, context, { action: 'indicator_library.update', entityType: 'library_indicator', entityId: id, summary: changes });
      return libraryIndicatorView(saved);
    });
  }

  async get(id: string) {
    return libraryIndicatorView(await this.find(this.dataSource.manager, id));
  }

  async find(manager: EntityManager, id: string): Promise<LibraryIndicator> {
    const indicator = await manager.getRepository(LibraryIndicator).findOneBy({ id });
    if (!indicator) throw notFound('The library indicator');
    return indicator;
  }

  async list(query: IndicatorLibraryQuery) {
    const after = decodeCursor(query.cursor, [cursorParts.text, cursorParts.uuid]);
    const page = toPage(await this.fetch(query, after, query.limit + 1), query.limit, (i) => [i.name, i.id]);
    return { items: page.items.map(libraryIndicatorView), nextCursor: page.nextCursor };
  }

  /** Every indicator the list's filters match, a batch at a time (for the CSV download). */
  all(query: IndicatorLibraryQuery): AsyncIterable<LibraryIndicator> {
    return inBatches((after: readonly [string, string] | null, limit) => this.fetch(query, after, limit), (i) => [i.name, i.id] as const);
  }

  private fetch(query: IndicatorLibraryQuery, after: readonly [string, string] | null, limit: number) {
    const qb = this.dataSource.getRepository(LibraryIndicator).createQueryBuilder('l').orderBy('l.name', 'ASC').addOrderBy('l.id', 'ASC').limit(limit);
    if (!query.includeArchived) qb.andWhere('l.archived_at IS NULL');
    if (query.sector) qb.andWhere('l.sector = :sector', { sector: query.sector });
    if (query.q) qb.andWhere('(l.name ILIKE :q OR l.name_km ILIKE :q OR l.description ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    if (after) qb.andWhere('(l.name, l.id) > (:name, :id)', { name: after[0], id: after[1] });
    return qb.getMany();
  }
}
