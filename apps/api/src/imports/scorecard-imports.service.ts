// Scorecard rounds brought in from offline CSV files: the upload (stored, then imported by a job), and the job that
// streams the file, checks each row with the same rules as a round entered by hand and writes the valid ones in batches.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { scorecardCreateInput, validationMessage } from '@daikou/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import type { JobPayloads } from '../jobs/job-definitions';
import type { JobContext } from '../jobs/job-registry';
import { JobsService } from '../jobs/jobs.service';
import { Monitorable } from '../monitoring/monitorable';
import { Scorecard } from '../monitoring/monitoring.entities';
import { FILE_STORE, newFileKey, type FileStore } from '../storage/file-store';
import { countRecords, csvRecords, fingerprint } from './csv-rows';
import { ScorecardImport, ScorecardImportMapping, ScorecardImportRow, type ImportSummary, type RowError } from './import.entities';
import { scorecardInputOf, type ScorecardMapping } from './scorecard-mapping';
import type { ScorecardUpload } from './scorecard-upload';

const BATCH_SIZE = 500;
export const ERRORS_SHOWN = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface FileRow {
  rowNumber: number;
  record: Record<string, string>;
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

  /** The job: rows already written by an earlier (crashed) run are skipped, so a re-run never duplicates a round. */
  async run(importId: string, context: JobContext): Promise<ImportSummary> {
    const found = await this.dataSource.getRepository(ScorecardImport).findOneBy({ id: importId });
    if (!found) throw notFound('The import');
    if (found.result) return found.result;
    // Two streaming passes (count, then import) instead of holding the file: 100,000 rows stay a few batches in memory.
    const total = await countRecords(this.files.open(found.storageKey));
    await context.progress(0, total);
    let batch: FileRow[] = [];
    let done = 0;
    let rowNumber = 1; // the header row
    for await (const record of csvRecords(this.files.open(found.storageKey))) {
      rowNumber += 1;
      batch.push({ rowNumber, record });
      if (batch.length === BATCH_SIZE) {
        await this.writeBatch(found, batch);
        done += batch.length;
        batch = [];
        await context.progress(done, total);
      }
    }
    if (batch.length > 0) await this.writeBatch(found, batch);
    await context.progress(total, total);
    const result = await this.summary(importId);
    await this.dataSource.getRepository(ScorecardImport).update({ id: importId }, { result });
    // Every row is now in the database (scorecards or row errors): the stored file is not needed again.
    await this.files.remove(found.storageKey);
    return result;
  }

  private async writeBatch(source: ScorecardImport, batch: FileRow[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const written: { row_number: number }[] = await manager.query(
        `SELECT row_number FROM scorecard_import_rows WHERE import_id = $1 AND row_number = ANY($2)`,
        [source.id, batch.map((row) => row.rowNumber)],
      );
      const skip = new Set(written.map((row) => row.row_number));
      const pending = batch.filter((row) => !skip.has(row.rowNumber));
      if (pending.length === 0) return;
      const checked = pending.map(({ rowNumber, record }) => ({ rowNumber, parsed: scorecardCreateInput.safeParse(scorecardInputOf(record, source.mapping, source.facilitatingOrganizationId)) }));
      const pointIds = [...new Set(checked.flatMap(({ parsed }) => (parsed.success && UUID.test(parsed.data.servicePointId) ? [parsed.data.servicePointId.toLowerCase()] : [])))];
      const known: { id: string }[] = pointIds.length === 0 ? [] : await manager.query(`SELECT id FROM service_points WHERE id = ANY($1)`, [pointIds]);
      const knownPoints = new Set(known.map((point) => point.id));
      const rows: Partial<ScorecardImportRow>[] = [];
      const scorecards: Partial<Scorecard>[] = [];
      const scorecardRows: number[] = [];
      for (const { rowNumber, parsed } of checked) {
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          rows.push({ importId: source.id, rowNumber, scorecardId: null, errorColumn: columnOf(issue.path, source.mapping), error: issue.message });
          continue;
        }
        const servicePointId = parsed.data.servicePointId.toLowerCase();
        if (!knownPoints.has(servicePointId)) {
          rows.push({ importId: source.id, rowNumber, scorecardId: null, errorColumn: source.mapping.servicePointId, error: validationMessage('option_invalid') });
          continue;
        }
        scorecards.push({
          partnershipId: source.partnershipId, servicePointId, date: parsed.data.date, facilitatingOrganizationId: source.facilitatingOrganizationId,
          participants: parsed.data.participants,
          criteria: parsed.data.criteria.map(({ name, citizenScore, providerScore }) => ({ name, citizenScore, providerScore })),
          createdBy: source.requestedBy,
        });
        scorecardRows.push(rowNumber);
      }
      if (scorecards.length > 0) {
        const inserted = await manager.getRepository(Scorecard).insert(scorecards);
        inserted.identifiers.forEach((identifier, index) => rows.push({ importId: source.id, rowNumber: scorecardRows[index]!, scorecardId: identifier.id as string, error: null, errorColumn: null }));
      }
      // The rows' primary key (import = file hash, row number) makes a concurrent second run fail here rather than write twice.
      await manager.getRepository(ScorecardImportRow).insert(rows);
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
