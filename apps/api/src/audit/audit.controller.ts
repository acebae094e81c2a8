import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AccessService } from '../auth/access.service';
import { cursorParts, decodeCursor, listQuerySchema, pageSchema, toPage, type Page } from '../common/pagination';
import { Ctx, type RequestContext } from '../common/request-context';
import { ApiJson, ZodQuery } from '../common/zod';
import { AuditEntry } from './audit-entry.entity';

const auditQuery = listQuerySchema.extend({
  action: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const auditEntrySchema = z.object({
  seq: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorOrganizationId: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  hash: z.string(),
});

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The audit log, newest first (admin)' })
  @ApiJson(200, 'AuditPage', pageSchema(auditEntrySchema))
  async list(@ZodQuery(auditQuery) query: z.infer<typeof auditQuery>, @Ctx() context: RequestContext): Promise<Page<z.infer<typeof auditEntrySchema>>> {
    await this.access.authorize(context, 'audit.read');
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a').orderBy('a.seq', 'DESC').limit(query.limit + 1);
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    if (query.to) qb.andWhere(`a.at < (:to::date + 1)`, { to: query.to });
    const cursor = decodeCursor(query.cursor, [cursorParts.digits]);
    if (cursor) qb.andWhere('a.seq < :seq', { seq: String(cursor[0]) });
    const rows = await qb.getMany();
    const page = toPage(rows, query.limit, (row) => [row.seq]);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map(({ prevHash: _prev, at, ...entry }) => ({ ...entry, at: at.toISOString() })),
    };
  }
}
