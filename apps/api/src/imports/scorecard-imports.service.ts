// Scorecard rounds brought in from offline CSV files: the upload (stored, then imported by a job), and the job that
// streams the file, checks each row with the same rules as a round entered by hand and writes the valid ones in batches.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { scorecardCreateInput, validationMessage, type ScorecardCreateInput } from '@daikou/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { notFound, Problem } from '../common/problem';
import { SYSTEM_CONTEXT, type RequestContext } from '../common/request-context';
import type { JobPayloads } from '../jobs/job-definitions';
import type { JobContext } from '../jobs/job-registry';
import { JobsService } from '../jobs/jobs.service';
import { holdBackRefreshSql, refreshAfterBulkWrite } from '../insight/refresh-later';
import { Monitorable } from '../monitoring/monitorable';
import { FILE_STORE, newFileKey, type FileStore } from '../storage/file-store';
import { countRecords, csvChunks, fingerprint } from './csv-rows';
import { ScorecardImport, ScorecardImportMapping, type ImportSummary, type RowError } from './import.entities';
import { cellsByColumn, scorecardInputOf, type ScorecardMapping } from './scorecard-mapping';
import type { ScorecardUpload } from './scorecard-upload';

const BATCH_SIZE = 1_000;
/** Batches written at once, by two PostgreSQL backends: a batch's foreign-key checks and indexes keep one busy. */
const WRITERS = 2;
export const ERRORS_SHOWN = 100;
const UNKNOWN_POINT = validationMessage('service_point_unknown');

/** A round of the file as it will be written. */
interface ImportedRound {
  id: string;
  servicePointId: string;
  date: string;
  participants: ScorecardCreateInput['participants'];
  criteria: { name: string; citizenScore: number; providerScore: number }[];
}

/** A row after the rules of a round entered by hand: the round to write, or why not. */
type CheckedRow = { rowNumber: number } & ({ round: ImportedRound } | { error: { column: string; reason: string } });

/** The CSV column a schema path points at, so a row error names what the person sees in their spreadsheet. */
function columnOf(path: PropertyKey[], mapping: ScorecardMapping): string {
  const [field, index, inner] = path.map(String);
  if (field === 'criteria' && index !== undefined) {
    const criterion = mapping.criteria[Number(index)];
    if (criterion && inner === 'citizenScore') return criterion.citizenScoreColumn;
    if (criterion && inner === 'providerScore') return criterion.providerScoreColumn;
  }
  if (field === 'participants') return (index && mapping.participants[index as keyof ScorecardMapping['participants']]) || mapping.participants.female;
  if (field === 'servicePointId') return mapping.servicePointId;
  if (field === 'date') return mapping.date;
  return path.map(String).join('.');
}

@Injectable()
export class ScorecardImportsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly monitorable: Monitorable,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  onModuleInit(): void {
    this.jobs.register('imports.scorecards', (payload: JobPayloads['imports.scorecards'], context: JobContext) => this.run(payload.importId, context));
  }

  /**
   * Stores the uploaded file and starts its import; the same file again into the same partnership answers with the
   * first import. The file is read from its temporary copy on disk twice (fingerprint, then into the store), never held.
   */
  async request(context: RequestContext, upload: ScorecardUpload): Promise<{ jobId: string; importId: string }> {
    const { sha256, binary } = await fingerprint(createReadStream(upload.path));
    if (binary) throw new Problem('validation', 'The file is not a CSV text file', [{ path: 'file', message: validationMessage('file_content_mismatch') }]);
    const storageKey = newFileKey();
    let stored = false;
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.monitorable.write(manager, context, upload.partnershipId);
        const mapping = await this.mappingFor(manager, context, upload);
        const earlier = await manager.getRepository(ScorecardImport).findOneBy({ partnershipId: upload.partnershipId, sha256 });
        if (earlier) return { jobId: earlier.jobId, importId: earlier.id };
        await this.files.put(storageKey, createReadStream(upload.path));
        stored = true;
        const id = randomUUID();
        const jobId = await this.jobs.add(manager, 'imports.scorecards', { importId: id }, { requestedBy: context.actor!.userId });
        await manager.getRepository(ScorecardImport).insert({
          id, partnershipId: upload.partnershipId, sha256, fileName: upload.fileName, storageKey, mapping,
          facilitatingOrganizationId: context.actor!.organizationId, jobId, requestedBy: context.actor!.userId,
        });
        await this.audit.record(manager, context, {
          action: 'scorecard.import', entityType: 'partnership', entityId: upload.partnershipId,
          summary: { importId: id, jobId, fileName: upload.fileName, size: upload.size, sha256 },
        });
        return { jobId, importId: id };
      });
    } catch (error) {
      if (stored) await this.files.remove(storageKey);
      throw error;
    }
  }

  /** The mapping given (saved under its name when one is given) or the one saved under that name. */
  private async mappingFor(manager: EntityManager, context: RequestContext, upload: ScorecardUpload): Promise<ScorecardMapping> {
    const saved = manager.getRepository(ScorecardImportMapping);
    if (upload.mapping) {
      if (upload.mappingName) {
        await saved.upsert(
          { partnershipId: upload.partnershipId, name: upload.mappingName, mapping: upload.mapping, createdBy: context.actor!.userId },
          ['partnershipId', 'name'],
        );
      }
      return upload.mapping;
    }
    const found = await saved.findOneBy({ partnershipId: upload.partnershipId, name: upload.mappingName! });
    if (!found) throw new Problem('validation', 'There is no saved mapping with this name', [{ path: 'mappingName', message: validationMessage('option_invalid') }]);
    return found.mapping;
  }

  /** The mappings saved for a partnership, for whoever may see it. */
  async mappings(context: RequestContext, partnershipId: string) {
    await this.monitorable.read(this.dataSource.manager, context, partnershipId);
    const rows = await this.dataSource.getRepository(ScorecardImportMapping).find({ where: { partnershipId }, order: { name: 'ASC' } });
    return rows.map((row) => ({ name: row.name, mapping: row.mapping }));
  }

  /**
   * The job: streams the file a batch at a time, checking a batch while earlier ones are being written. Every row is
   * recorded with its batch, so the rows an earlier (crashed) run recorded are skipped: a re-run never duplicates a
   * round.
   */
  async run(importId: string, context: JobContext): Promise<ImportSummary> {
    const found = await this.dataSource.getRepository(ScorecardImport).findOneBy({ id: importId });
    if (!found) throw notFound('The import');
    if (found.result) return found.result;
    // Two streaming passes (count, then import) instead of holding the file: 100,000 rows stay a few batches in memory.
    const total = await countRecords(this.files.open(found.storageKey));
    const recorded = await this.recordedRows(importId);
    let done = recorded.count;
    await context.progress(done, total);
    // Up to WRITERS batches are written at once, each in its own statement, while the next one is checked. Progress
    // reports go out one after the other, so a smaller count never overwrites a larger one.
    const writing = new Set<Promise<void>>();
    let reported = Promise.resolve();
    let batch: CheckedRow[] = [];
    const flush = async () => {
      const rows = batch;
      batch = [];
      while (writing.size >= WRITERS) await Promise.race(writing);
      const write = this.writeBatch(found, rows).then(() => {
        done += rows.length;
        const count = done;
        return (reported = reported.then(() => context.progress(count, total)));
      });
      writing.add(write);
      // A failed write stays in the set and fails the run when next awaited; until then it must not count as unhandled.
      write.then(() => writing.delete(write), () => undefined);
    };
    try {
      const check = this.rowCheck(found);
      for await (const { header, rows } of csvChunks(this.files.open(found.storageKey))) {
        const cells = cellsByColumn(header);
        for (const row of rows) {
          if (recorded.has(row.rowNumber)) continue;
          batch.push(check(row.rowNumber, cells(row.cells)));
          if (batch.length === BATCH_SIZE) await flush();
        }
      }
      if (batch.length > 0) await flush();
    } finally {
      // On failure too: no write of this run goes on after it has ended.
      await Promise.allSettled(writing);
    }
    await Promise.all(writing);
    const result = await this.summary(importId);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ScorecardImport).update({ id: importId }, { result });
      await refreshAfterBulkWrite(manager, this.jobs, found.partnershipId);
      await this.audit.record(manager, SYSTEM_CONTEXT, {
        action: 'scorecard.import.completed', entityType: 'partnership', entityId: found.partnershipId,
        summary: { importId, jobId: found.jobId, imported: result.imported, failed: result.failed },
      });
    });
    // Every row is now in the database (scorecards or row errors): the stored file is not needed again.
    await this.files.remove(found.storageKey);
    return result;
  }

  /**
   * The rows an earlier run of this import recorded, skipped now. Almost always rows 2 to the last one recorded; after
   * a run that died while writing batches at once, a later batch may be recorded and an earlier one not.
   */
  private async recordedRows(importId: string): Promise<{ count: number; has: (row: number) => boolean }> {
    const [recorded]: { count: number; last: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count, coalesce(max(row_number), 1)::int AS last FROM scorecard_import_rows WHERE import_id = $1`,
      [importId],
    );
    const { count, last } = recorded!;
    if (count === last - 1) return { count, has: (row) => row <= last };
    const rows: { row: number }[] = await this.dataSource.query(`SELECT row_number AS row FROM scorecard_import_rows WHERE import_id = $1`, [importId]);
    const numbers = new Set(rows.map(({ row }) => row));
    return { count, has: (row) => numbers.has(row) };
  }

  /** Checks a row with the rules of a round entered by hand; the service point's existence is checked when written. */
  private rowCheck(source: ScorecardImport) {
    return (rowNumber: number, cell: (column: string) => string | undefined): CheckedRow => {
      const parsed = scorecardCreateInput.safeParse(scorecardInputOf(cell, source.mapping, source.facilitatingOrganizationId));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { rowNumber, error: { column: columnOf(issue.path, source.mapping), reason: issue.message } };
      }
      const { servicePointId, date, participants, criteria } = parsed.data;
      return {
        rowNumber,
        round: {
          id: randomUUID(), servicePointId: servicePointId.toLowerCase(), date, participants,
          criteria: criteria.map(({ name, citizenScore, providerScore }) => ({ name, citizenScore, providerScore })),
        },
      };
    };
  }

  /**
   * One statement per batch, so one round trip and atomic without BEGIN/COMMIT: the rounds whose service point exists,
   * and a record of every row (its round, or why not). The dashboards' refresh of the partnership is held back for the
   * statement's transaction (set before any row is written: the rows are read through `held`). The rows' primary key
   * (import, row number) makes a concurrent second run fail rather than write twice.
   */
  private async writeBatch(source: ScorecardImport, batch: CheckedRow[]): Promise<void> {
    const rows = batch.map((row) =>
      'round' in row ? { rowNumber: row.rowNumber, ...row.round } : { rowNumber: row.rowNumber, errorColumn: row.error.column, error: row.error.reason },
    );
    // A round's service point is checked here, by the join: without one, the row is refused like a row that broke a rule.
    await this.dataSource.query(
      `WITH held AS MATERIALIZED (SELECT ${holdBackRefreshSql('$2')}),
       batch AS MATERIALIZED (
         SELECT r."rowNumber", r.id, r."servicePointId", r.date, r.participants, r.criteria, p.id IS NOT NULL AS written,
                coalesce(r."errorColumn", CASE WHEN p.id IS NULL THEN $6 END) AS error_column,
                coalesce(r.error, CASE WHEN p.id IS NULL THEN $7 END) AS error
           FROM held
          CROSS JOIN jsonb_to_recordset($1::jsonb) AS r("rowNumber" int, id uuid, "servicePointId" uuid, date date, participants jsonb, criteria jsonb, "errorColumn" text, error text)
           LEFT JOIN service_points p ON p.id = r."servicePointId"),
       rounds AS (
         INSERT INTO scorecards (id, partnership_id, service_point_id, date, facilitating_organization_id, participants, criteria, created_by)
         SELECT id, $2, "servicePointId", date, $3, participants, criteria, $4 FROM batch WHERE written)
       INSERT INTO scorecard_import_rows (import_id, row_number, scorecard_id, error_column, error)
       SELECT $5, "rowNumber", CASE WHEN written THEN id END, error_column, error FROM batch`,
      [JSON.stringify(rows), source.partnershipId, source.facilitatingOrganizationId, source.requestedBy, source.id, source.mapping.servicePointId, UNKNOWN_POINT],
    );
  }

  private async summary(importId: string): Promise<ImportSummary> {
    const [counts]: { imported: number; failed: number }[] = await this.dataSource.query(
      `SELECT count(scorecard_id)::int AS imported, count(error)::int AS failed FROM scorecard_import_rows WHERE import_id = $1`,
      [importId],
    );
    const errors: RowError[] = await this.dataSource.query(
      `SELECT row_number AS row, error_column AS column, error AS reason FROM scorecard_import_rows WHERE import_id = $1 AND error IS NOT NULL ORDER BY row_number LIMIT $2`,
      [importId, ERRORS_SHOWN],
    );
    return { imported: counts!.imported, failed: counts!.failed, errors };
  }
}
