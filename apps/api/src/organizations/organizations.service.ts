// The registry of state and non-state organisations: who can do what, where.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { getAdminUnit, normalizeForSearch } from '@daikou/gazetteer';
import {
  organizationTypeFitsKind,
  type OrganizationCreateInput,
  type OrganizationQuery,
  type OrganizationType,
  type OrganizationUpdateInput,
  validationMessage,
} from '@daikou/domain';
import { AccessService } from '../auth/access.service';
import { AuditService } from '../audit/audit.service';
import { cursorParts, decodeCursor, toPage, type Page } from '../common/pagination';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { changesOf } from '../common/changes';
import { Organization } from './organization.entity';
import { toOrganizationView, type OrganizationView } from './organization-view';

function searchTextOf(name: string, nameKm: string | null | undefined): string {
  return normalizeForSearch(`${name} ${nameKm ?? ''}`);
}

function requireAdminUnit(code: string | undefined): void {
  if (code !== undefined && !getAdminUnit(code)) {
    throw new Problem('validation', 'Unknown administrative unit', [{ path: 'adminUnitCode', message: validationMessage('admin_unit_unknown') }]);
  }
}


@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async create(context: RequestContext, input: OrganizationCreateInput): Promise<OrganizationView> {
    await this.access.authorize(context, 'organization.create');
    requireAdminUnit(input.adminUnitCode);
    await this.requireEndorser(input.endorsingOrganizationId);
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.insert(manager, input);
      await this.audit.record(manager, context, {
        action: 'organization.create',
        entityType: 'organization',
        entityId: organization.id,
        summary: { name: organization.name, kind: organization.kind, type: organization.type, adminUnitCode: organization.adminUnitCode },
      });
      return toOrganizationView(organization);
    });
  }

  /** Also used by demo data and the first-start admin. */
  async insert(manager: EntityManager, input: OrganizationCreateInput): Promise<Organization> {
    const repository = manager.getRepository(Organization);
    return repository.save(
      repository.create({
        name: input.name,
        nameKm: input.nameKm ?? null,
        kind: input.kind,
        type: input.type,
        adminUnitCode: input.adminUnitCode,
        sectors: input.sectors,
        capacities: input.capacities ?? [],
        endorsingOrganizationId: input.endorsingOrganizationId ?? null,
        searchText: searchTextOf(input.name, input.nameKm),
      }),
    );
  }

  async get(context: RequestContext, id: string): Promise<OrganizationView> {
    await this.access.authorize(context, 'organization.read');
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id });
    if (!organization) throw notFound('The organisation');
    return toOrganizationView(organization);
  }

  async update(context: RequestContext, id: string, patch: OrganizationUpdateInput): Promise<OrganizationView> {
    await this.access.authorize(context, 'organization.read');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organization);
      const organization = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw notFound('The organisation');
      const changes = changesOf(organization, patch);
      await this.access.authorize(context, 'organization.update', { organizationId: id, changedFields: Object.keys(changes) }, { type: 'organization', id });
      if (patch.kind !== undefined || patch.type !== undefined) {
        const kind = patch.kind ?? organization.kind;
        const type = patch.type ?? organization.type;
        if (!organizationTypeFitsKind(type as OrganizationType, kind)) {
          throw new Problem('validation', 'The type does not fit the kind', [{ path: 'type', message: `${type} is not a ${kind} organisation type` }]);
        }
      }
      requireAdminUnit(patch.adminUnitCode);
      await this.requireEndorser(patch.endorsingOrganizationId ?? undefined, id);
      if (Object.keys(changes).length === 0) return toOrganizationView(organization);
      Object.assign(organization, patch);
      organization.searchText = searchTextOf(organization.name, organization.nameKm);
      const saved = await repository.save(organization);
      await this.audit.record(manager, context, { action: 'organization.update', entityType: 'organization', entityId: id, summary: changes });
      return toOrganizationView(saved);
    });
  }

  async list(context: RequestContext, query: OrganizationQuery): Promise<Page<OrganizationView>> {
    await this.access.authorize(context, 'organization.list');
    const qb = this.dataSource.getRepository(Organization).createQueryBuilder('o').orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(query.limit + 1);
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.type) qb.andWhere('o.type = :type', { type: query.type });
    if (query.sector) qb.andWhere(':sector = ANY(o.sectors)', { sector: query.sector });
    if (query.capacity) {
      qb.andWhere(`EXISTS (SELECT 1 FROM unnest(o.capacities) c WHERE lower(c) LIKE :capacity)`, { capacity: `%${escapeLike(query.capacity.toLowerCase())}%` });
    }
    // An area finds organisations registered in it and in every unit below it (codes nest by prefix).
    if (query.adminUnit) qb.andWhere('o.admin_unit_code LIKE :area', { area: `${escapeLike(query.adminUnit)}%` });
    if (query.q) {
      const q = normalizeForSearch(query.q);
      if (q) qb.andWhere(`o.search_text LIKE :q`, { q: `%${escapeLike(q)}%` });
    }
    const cursor = decodeCursor(query.cursor, [cursorParts.text, cursorParts.uuid]);
    if (cursor) qb.andWhere('(o.name, o.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    const rows = await qb.getMany();
    const page = toPage(rows, query.limit, (row) => [row.name, row.id]);
    return { items: page.items.map(toOrganizationView), nextCursor: page.nextCursor };
  }

  private async requireEndorser(endorsingOrganizationId: string | undefined, selfId?: string): Promise<void> {
    if (!endorsingOrganizationId) return;
    const endorser = await this.dataSource.getRepository(Organization).findOneBy({ id: endorsingOrganizationId });
    if (!endorser || endorser.kind !== 'state' || endorser.id === selfId) {
      throw new Problem('validation', 'Invalid endorsing organisation', [
        { path: 'endorsingOrganizationId', message: validationMessage('endorser_invalid') },
      ]);
    }
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
