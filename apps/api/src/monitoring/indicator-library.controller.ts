import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  libraryIndicatorInput,
  libraryIndicatorUpdateInput,
  type LibraryIndicatorInput,
  type LibraryIndicatorUpdateInput,
} from '@daikou/domain';
import { ApiJsonOrCsv, csvExport, wantsCsv } from '../common/csv-export';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodBody, ZodQuery } from '../common/zod';
import { LIBRARY_COLUMNS } from './csv-columns';
import { indicatorLibraryQuery, type IndicatorLibraryQuery } from './indicator-library-query';
import { IndicatorLibraryService } from './indicator-library.service';
import { libraryIndicatorPageSchema, libraryIndicatorSchema } from './monitoring-view';

@ApiTags('monitoring')
@Controller('indicator-library')
export class IndicatorLibraryController {
  constructor(private readonly library: IndicatorLibraryService) {}

  @Get()
  @ApiOperation({ summary: 'The shared indicator library (every signed-in user), by name; archived ones with includeArchived=true' })
  @ApiJsonOrCsv('LibraryIndicatorPage', libraryIndicatorPageSchema)
  list(@ZodQuery(indicatorLibraryQuery) query: IndicatorLibraryQuery) {
    if (wantsCsv(query)) return csvExport('indicator-library.csv', LIBRARY_COLUMNS, this.library.all(query), query.lang);
    return this.library.list(query);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add an indicator to the library (admins)' })
  @ApiJson(201, 'LibraryIndicator', libraryIndicatorSchema, 'Created')
  create(@ZodBody('LibraryIndicatorInput', libraryIndicatorInput) input: LibraryIndicatorInput, @Ctx() context: RequestContext) {
    return this.library.create(context, input);
  }

  @Get(':id')
  @ApiJson(200, 'LibraryIndicator', libraryIndicatorSchema)
  get(@UuidParam() id: string) {
    return this.library.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a library indicator or archive it (admins); partnerships keep the copies they made' })
  @ApiJson(200, 'LibraryIndicator', libraryIndicatorSchema)
  update(@UuidParam() id: string, @ZodBody('LibraryIndicatorUpdateInput', libraryIndicatorUpdateInput) patch: LibraryIndicatorUpdateInput, @Ctx() context: RequestContext) {
    return this.library.update(context, id, patch);
  }
}
