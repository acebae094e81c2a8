import { Body, Controller, Get, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiJsonOrCsv, csvExport, exportQuery, wantsCsv, type ExportQuery } from '../common/csv-export';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodQuery } from '../common/zod';
import { IMPORT_COLUMNS, ROW_ERROR_COLUMNS } from './import-csv';
import { ImportRecordsService } from './import-records.service';
import { importJobSchema, importListQuery, importPageSchema, importSchema, previewSchema, type ImportListQuery } from './import-view';
import { scorecardMapping } from './scorecard-mapping';
import { ScorecardImportsService } from './scorecard-imports.service';
import { previewUpload, scorecardUpload } from './scorecard-upload';
import { RemoveUploadedFile, type UploadedCsv } from './upload-storage';

const savedMapping = z.object({ name: z.string(), mapping: scorecardMapping });

@ApiTags('monitoring')
@Controller()
export class ScorecardImportsController {
  constructor(
    private readonly imports: ScorecardImportsService,
    private readonly records: ImportRecordsService,
  ) {}

  @Post('imports/scorecards')
  @HttpCode(202)
  @UseInterceptors(FileInterceptor('file'), RemoveUploadedFile)
  @ApiOperation({
    summary: 'Import scorecard rounds from a KoboToolbox/ODK CSV export (a party’s officer, while active); 202 with the import’s and its job’s ids (GET /api/imports/{id}: progress, counts, row errors). The same file again answers with the first import',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'partnershipId'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'CSV, UTF-8 with or without BOM, header row first; at most 64 MiB (413 beyond)' },
        partnershipId: { type: 'string', format: 'uuid' },
        mapping: { type: 'string', description: 'JSON: { servicePointId, date, participants: { female, male, disability?, idPoor?, youth? }, criteria: [{ name, citizenScoreColumn, providerScoreColumn }] } (column names)' },
        mappingName: { type: 'string', description: 'With mapping: save it under this name for the partnership; without: reuse the mapping saved under it' },
      },
    },
  })
  @ApiJson(202, 'ImportJob', importJobSchema, 'Being imported')
  upload(@Body() body: unknown, @UploadedFile() file: UploadedCsv | undefined, @Ctx() context: RequestContext) {
    return this.imports.request(context, scorecardUpload(body, file));
  }

  @Post('imports/scorecards/preview')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'), RemoveUploadedFile)
  @ApiOperation({ summary: 'The columns and first 5 rows of a CSV export, and a saved mapping that fits it, for mapping its columns before importing; nothing is stored' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        partnershipId: { type: 'string', format: 'uuid', description: 'Look for a saved mapping of this partnership that fits the file' },
      },
    },
  })
  @ApiJson(200, 'ImportPreview', previewSchema)
  preview(@Body() body: unknown, @UploadedFile() file: UploadedCsv | undefined, @Ctx() context: RequestContext) {
    return this.records.preview(context, previewUpload(body, file));
  }

  @Get('imports/:id')
  @ApiOperation({ summary: 'An import: status, rows done of total, rows imported, errors and the first 100 row errors (staff who see the partnership)' })
  @ApiJson(200, 'ScorecardImport', importSchema)
  get(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.records.get(context, id);
  }

  @Get('imports/:id/errors.csv')
  @ApiOperation({ summary: 'Every row error of an import as CSV (row, column, reason; UTF-8 with BOM; lang=km for Khmer headers)' })
  @ApiResponse({ status: 200, description: 'The row errors', content: { 'text/csv': { schema: { type: 'string' } } } })
  async errors(@UuidParam() id: string, @ZodQuery(exportQuery) query: ExportQuery, @Ctx() context: RequestContext) {
    return csvExport(`import-errors-${id}.csv`, ROW_ERROR_COLUMNS, await this.records.errors(context, id), query.lang);
  }

  @Get('partnerships/:id/imports')
  @ApiOperation({ summary: 'The partnership’s imports, newest first' })
  @ApiJsonOrCsv('ScorecardImportPage', importPageSchema)
  async list(@UuidParam() id: string, @ZodQuery(importListQuery) query: ImportListQuery, @Ctx() context: RequestContext) {
    if (wantsCsv(query)) return csvExport(`imports-${id}.csv`, IMPORT_COLUMNS, await this.records.all(context, id), query.lang);
    return this.records.list(context, id, query);
  }

  @Get('partnerships/:id/import-mappings')
  @ApiOperation({ summary: 'Column mappings saved for scorecard imports into this partnership' })
  @ApiJson(200, 'ImportMappingList', z.array(savedMapping))
  mappings(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.imports.mappings(context, id);
  }
}
