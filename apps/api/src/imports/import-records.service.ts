// What became of imports: each import's state, counts and row errors for the staff who see its partnership (not only
// whoever started it), the partnership's past imports, and a look at a file's columns before importing it.
import { createReadStream } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { batchesOf, inBatches } from '../common/csv-export';
import { cursorParts, decodeCursor, toPage } from '../common/pagination';
import { notFound } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { JobRecord } from '../jobs/job.entity';
import { Monitorable } from '../monitoring/monitorable';
import { csvHead } from './csv-rows';
import { ScorecardImport, ScorecardImportMapping, type RowError } from './import.entities';
import type { ImportStatus } from './import-view';
import { ERRORS_SHOWN } from './scorecard-imports.service';
import type { PreviewUpload } from './scorecard-upload';

const SAMPLE_ROWS = 5;
// The cursor carries the time as JavaScript has it, to the millisecond: order and compare at that precision.
const CREATED_MS = `date_trunc('milliseconds', i.created_at)`;

type After = readonly [string, string] | null;

interface RowCounts {
  importId: string;
  rows: number;
  valid: number;
  errors: number;
}

export type ImportSummaryView = ReturnType<typeof summaryView>;

/** The job's state when it is still on record; a finished job may have been purged, and the import's result stays. */
function statusOf(source: ScorecardImport, job: JobRecord | undefined): ImportStatus {
  if (source.result) return 'completed';
  switch (job?.status) {
    case 'running':
      return 'running';
    case 'pending':
    case 'queued':
      return 'queued';
    default:
      return 'failed';
  }
}

function summaryView(source: ScorecardImport, job: JobRecord | undefined, counts: RowCounts | undefined) {
  const rowsDone = counts?.rows ?? 0;
  return {
    id: source.id,
    partnershipId: source.partnershipId,
    fileName: source.fileName,
    status: statusOf(source, job),
    jobId: source.jobId,
    rowsDone,
    rowsTotal: source.result ? rowsDone : (job?.progress?.total ?? null),
    validRows: counts?.valid ?? 0,
    errorCount: counts?.errors ?? 0,
    error: job?.status === 'failed' ? job.error : null,
    requestedBy: source.requestedBy,
    createdAt: source.createdAt.toISOString(),
  };
}

@Injectable()
export class ImportRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly monitorable: Monitorable,
  ) {}

  /** An import with its first row errors, for those who see its partnership (404 otherwise). */
  async get(context: RequestContext, id: string) {
    const source = await this.visible(context, id);
    const [summary] = await this.summaries([source]);
    const errors: RowError[] = await this.dataSource.query(
      `SELECT row_number AS row, error_column AS column, error AS reason FROM scorecard_import_rows
        WHERE import_id = $1 AND error IS NOT NULL ORDER BY row_number LIMIT $2`,
      [id, ERRORS_SHOWN],
    );
    return { ...summary!, errors };
  }

  /** Every row error of an import, by row, a batch at a time (for the CSV download). */
  async errors(context: RequestContext, id: string): Promise<AsyncIterable<RowError>> {
    await this.visible(context, id);
    return inBatches(
      (after: number | null, limit): Promise<RowError[]> =>
        this.dataSource.query(
          `SELECT row_number AS row, error_column AS column, error AS reason FROM scorecard_import_rows
            WHERE import_id = $1 AND error IS NOT NULL AND row_number > $2 ORDER BY row_number LIMIT $3`,
          [id, after ?? 0, limit],
        ),
      (error) => error.row,
    );
  }

  /** The partnership's imports, newest first. */
  async list(context: RequestContext, partnershipId: string, query: { limit: number; cursor?: string }) {
    await this.monitorable.read(this.dataSource.manager, context, partnershipId);
    const after = decodeCursor(query.cursor, [cursorParts.text, cursorParts.uuid]);
    const page = toPage(await this.fetch(partnershipId, after, query.limit + 1), query.limit, (i) => [i.createdAt.toISOString(), i.id]);
    return { items: await this.summaries(page.items), nextCursor: page.nextCursor };
  }

  async all(context: RequestContext, partnershipId: string): Promise<AsyncIterable<ImportSummaryView>> {
    await this.monitorable.read(this.dataSource.manager, context, partnershipId);
    const batches = batchesOf((after: After, limit) => this.fetch(partnershipId, after, limit), (i) => [i.createdAt.toISOString(), i.id] as const);
    const summaries = (sources: ScorecardImport[]) => this.summaries(sources);
    return (async function* () {
      for await (const batch of batches) yield* await summaries(batch);
    })();
  }

  /**
   * The file's columns and first rows, and — for a partnership — a saved mapping whose columns the file all has
   * (the most recently saved first). Nothing is stored.
   */
  async preview(context: RequestContext, upload: PreviewUpload) {
    if (upload.partnershipId) await this.monitorable.read(this.dataSource.manager, context, upload.partnershipId);
    const { columns, sampleRows } = await csvHead(createReadStream(upload.path), SAMPLE_ROWS);
    if (!upload.partnershipId) return { columns, sampleRows };
    const saved = await this.dataSource.getRepository(ScorecardImportMapping).find({ where: { partnershipId: upload.partnershipId }, order: { createdAt: 'DESC' } });
    const present = new Set(columns);
    const fitting = saved.find(({ mapping }) =>
      [mapping.servicePointId, mapping.date, ...Object.values(mapping.participants), ...mapping.criteria.flatMap((c) => [c.citizenScoreColumn, c.providerScoreColumn])]
        .every((column) => column === undefined || present.has(column)),
    );
    return { columns, sampleRows, ...(fitting ? { savedMapping: { name: fitting.name, mapping: fitting.mapping } } : {}) };
  }

  private async visible(context: RequestContext, id: string): Promise<ScorecardImport> {
    const source = await this.dataSource.getRepository(ScorecardImport).findOneBy({ id });
    if (!source) throw notFound('The import');
    await this.monitorable.read(this.dataSource.manager, context, source.partnershipId);
    return source;
  }

  private fetch(partnershipId: string, after: After, limit: number): Promise<ScorecardImport[]> {
    const qb = this.dataSource.getRepository(ScorecardImport).createQueryBuilder('i')
      .where('i.partnership_id = :partnershipId', { partnershipId })
      .orderBy(CREATED_MS, 'DESC').addOrderBy('i.id', 'DESC').limit(limit);
    if (after) qb.andWhere(`(${CREATED_MS}, i.id) < (:at::timestamptz, :id)`, { at: after[0], id: after[1] });
    return qb.getMany();
  }

  /** Row counts are read live: while the job runs they grow batch by batch. */
  private async summaries(sources: ScorecardImport[]) {
    if (sources.length === 0) return [];
    const ids = sources.map((s) => s.id);
    const counts: RowCounts[] = await this.dataSource.query(
      `SELECT import_id AS "importId", count(*)::int AS rows, count(scorecard_id)::int AS valid, count(error)::int AS errors
         FROM scorecard_import_rows WHERE import_id = ANY($1) GROUP BY import_id`,
      [ids],
    );
    const jobs = await this.dataSource.getRepository(JobRecord).findBy({ id: In(sources.map((s) => s.jobId)) });
    return sources.map((source) => summaryView(source, jobs.find((j) => j.id === source.jobId), counts.find((c) => c.importId === source.id)));
  }
}
