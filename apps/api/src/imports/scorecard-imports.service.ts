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
import { holdBackRefresh, refreshAfterBulkWrite } from '../insight/refresh-later';
import { Monitorable } from '../monitoring/monitorable';
import { FILE_STORE, newFileKey, type FileStore } from '../storage/file-store';
import { countRecords, csvChunks, fingerprint } from './csv-rows';
import { ScorecardImport, ScorecardImportMapping, type ImportSummary, type RowError } from './import.entities';
import { cellsByColumn, scorecardInputOf, type ScorecardMapping } from './scorecard-mapping';
import type { ScorecardUpload } from './scorecard-upload';

const BATCH_SIZE = 1_000;
export const ERRORS_SHOWN = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A round of the file as it will be written. */
interface ImportedRound {
  id: string;
  servicePointId: string;
  date: string;
  participants: ScorecardCreateInput['participants'];
  criteria: { name: string; citizenScore: number; providerScore: number }[];
}

/** A row after the rules of a round entered by hand: the round to write, or why not. */
interface CheckedRow {
  rowNumber: number;
  round?: ImportedRound;
  error?: { column: string; reason: string };
}

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
   * The job: streams the file a batch at a time, checking a batch while the one before is being written. Batches
   * commit in the file's order, so an earlier (crashed) run's rows are the file's first ones and are skipped: a
   * re-run never duplicates a round.
   */
  async run(importId: string, context: JobContext): Promise<ImportSummary> {
    const found = await this.dataSource.getRepository(ScorecardImport).findOneBy({ id: importId });
    if (!found) throw notFound('The import');
    if (found.result) return found.result;
    // Two streaming passes (count, then import) instead of holding the file: 100,000 rows stay a few batches in memory.
    const total = await countRecords(this.files.open(found.storageKey));
    const [{ last }] = await this.dataSource.query(
      `SELECT coalesce(max(row_number), 1)::int AS last FROM scorecard_import_rows WHERE import_id = $1`,
      [importId],
    );
    let done = last - 1;
    await context.progress(done, total);
    const knownPoints = new Set<string>();
    let writing: Promise<void> = Promise.resolve();
    let batch: CheckedRow[] = [];
    const flush = async () => {
      const rows = batch;
      batch = [];
      await writing;
      // Handled when awaited (before the next batch is written, or at the end); until then it must not count as unhandled.
      writing = this.writeBatch(found, rows, knownPoints).then(() => context.progress((done += rows.length), total));
      writing.catch(() => undefined);
    };
    const check = this.rowCheck(found);
    for await (const { header, rows } of csvChunks(this.files.open(found.storageKey))) {
      const cells = cellsByColumn(header);
      for (const row of rows) {
        if (row.rowNumber <= last) continue;
        batch.push(check(row.rowNumber, cells(row.cells)));
        if (batch.length === BATCH_SIZE) await flush();
      }
    }
    if (batch.length > 0) await flush();
    await writing;
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

  /** One transaction per batch: its rounds, and a row record for every row (the round written, or the error). */
  private async writeBatch(source: ScorecardImport, batch: CheckedRow[], knownPoints: Set<string>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await holdBackRefresh(manager, source.partnershipId);
      const asked = [...new Set(batch.flatMap(({ round }) => (round && !knownPoints.has(round.servicePointId) && UUID.test(round.servicePointId) ? [round.servicePointId] : [])))];
      if (asked.length > 0) {
        const found: { id: string }[] = await manager.query(`SELECT id FROM service_points WHERE id = ANY($1::uuid[])`, [asked]);
        for (const point of found) knownPoints.add(point.id);
      }
      const rounds: ImportedRound[] = [];
      const rows: { row_number: number; scorecard_id: string | null; error_column: string | null; error: string | null }[] = [];
      for (const { rowNumber, round, error } of batch) {
        if (round && knownPoints.has(round.servicePointId)) {
          rounds.push(round);
          rows.push({ row_number: rowNumber, scorecard_id: round.id, error_column: null, error: null });
        } else {
          const refused = error ?? { column: source.mapping.servicePointId, reason: validationMessage('service_point_unknown') };
          rows.push({ row_number: rowNumber, scorecard_id: null, error_column: refused.column, error: refused.reason });
        }
      }
      // Set-based inserts (one statement per table and batch, on PostgreSQL and PGlite alike) rather than a row at a time.
      if (rounds.length > 0) {
        await manager.query(
          `INSERT INTO scorecards (id, partnership_id, service_point_id, date, facilitating_organization_id, participants, criteria, created_by)
           SELECT r.id, $2, r."servicePointId", r.date, $3, r.participants, r.criteria, $4
             FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "servicePointId" uuid, date date, participants jsonb, criteria jsonb)`,
          [JSON.stringify(rounds), source.partnershipId, source.facilitatingOrganizationId, source.requestedBy],
        );
      }
      // The rows' primary key (import, row number) makes a concurrent second run fail here rather than write twice.
      await manager.query(
        `INSERT INTO scorecard_import_rows (import_id, row_number, scorecard_id, error_column, error)
         SELECT $2, r.row_number, r.scorecard_id, r.error_column, r.error
           FROM jsonb_to_recordset($1::jsonb) AS r(row_number int, scorecard_id uuid, error_column text, error text)`,
        [JSON.stringify(rows), source.id],
      );
    });
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
