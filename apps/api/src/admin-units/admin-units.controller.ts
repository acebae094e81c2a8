import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ADMIN_LEVELS, ATTRIBUTION, getAdminUnit, searchAdminUnits, type AdminUnit } from '@daikou/gazetteer';
import { Public } from '../auth/public.decorator';
import { cursorParts, decodeCursor, encodeCursor, pageSchema } from '../common/pagination';
import { notFound } from '../common/problem';
import { ApiJson, ZodQuery } from '../common/zod';

const adminUnitQuery = z.object({
  level: z.enum(ADMIN_LEVELS as [string, ...string[]]).optional(),
  parent: z.string().regex(/^\d{2}(\d{2}){0,2}$/, 'must be a province, district or commune code').optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(100).optional(),
});

const adminUnitSchema = z.object({
  code: z.string(),
  level: z.enum(ADMIN_LEVELS as [string, ...string[]]),
  parentCode: z.string().nullable(),
  nameKm: z.string(),
  nameLatin: z.string(),
  typeKm: z.string(),
  typeEn: z.string(),
});

const adminUnitPage = pageSchema(adminUnitSchema).extend({ attribution: z.string() });

function view(unit: AdminUnit): z.infer<typeof adminUnitSchema> {
  return {
    code: unit.code,
    level: unit.level,
    parentCode: unit.parentCode,
    nameKm: unit.nameKm,
    nameLatin: unit.nameLatin || unit.nameKm,
    typeKm: unit.typeKm,
    typeEn: unit.typeEn,
  };
}

@ApiTags('reference')
@Controller('admin-units')
export class AdminUnitsController {
  @Get()
  @Public()
  @ApiOperation({ summary: "Cambodia's administrative units; search by Khmer or Latin name (accent-insensitive)" })
  @ApiJson(200, 'AdminUnitPage', adminUnitPage)
  list(@ZodQuery(adminUnitQuery) query: z.infer<typeof adminUnitQuery>): z.infer<typeof adminUnitPage> {
    const offset = decodeCursor(query.cursor, [cursorParts.offset])?.[0] ?? 0;
    const found = searchAdminUnits({
      q: query.q,
      level: query.level as AdminUnit['level'] | undefined,
      parentCode: query.parent,
      limit: offset + query.limit + 1,
    });
    const items = found.slice(offset, offset + query.limit).map(view);
    const more = found.length > offset + query.limit;
    return { items, nextCursor: more ? encodeCursor([offset + query.limit]) : null, attribution: ATTRIBUTION };
  }

  @Get(':code')
  @Public()
  @ApiJson(200, 'AdminUnit', adminUnitSchema)
  get(@Param('code') code: string): z.infer<typeof adminUnitSchema> {
    const unit = getAdminUnit(code);
    if (!unit) throw notFound(`The administrative unit ${code}`);
    return view(unit);
  }
}
