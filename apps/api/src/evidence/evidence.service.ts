// Evidence for commitment occurrences: stored through the FileStore, listed and downloaded by whoever sees the partnership.
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { validationMessage } from '@daikou/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { Commitment, CommitmentOccurrence } from '../joint-work/joint-work.entities';
import { Workable } from '../joint-work/workable';
import { FILE_STORE, newFileKey, type FileStore } from '../storage/file-store';
import { EvidenceFile } from './evidence-file.entity';
import type { EvidenceUpload } from './evidence-upload';

export interface EvidenceView {
  id: string;
  commitmentId: string;
  period: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
}

const viewOf = (row: EvidenceFile): EvidenceView => ({
  id: row.id,
  commitmentId: row.commitmentId,
  period: row.occurrenceDueDate,
  name: row.originalName,
  contentType: row.contentType,
  size: row.size,
  sha256: row.sha256,
  uploadedBy: row.uploadedBy,
  createdAt: row.createdAt.toISOString(),
});

@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: Workable,
    private readonly audit: AuditService,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  async upload(context: RequestContext, commitmentId: string, upload: EvidenceUpload): Promise<EvidenceView> {
    const storageKey = newFileKey();
    let stored = false;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const commitment = await manager.getRepository(Commitment).findOneBy({ id: commitmentId });
        if (!commitment) throw notFound('The commitment');
        await this.workable.write(manager, context, commitment.partnershipId);
        const occurrence = await manager.getRepository(CommitmentOccurrence).findOneBy({ commitmentId, dueDate: upload.period });
        if (!occurrence) {
          throw new Problem('validation', 'No occurrence of this commitment is due on that date', [{ path: 'period', message: validationMessage('period_not_an_occurrence') }]);
        }
        const file = await this.files.put(storageKey, upload.content);
        stored = true;
        const repository = manager.getRepository(EvidenceFile);
        const row = await repository.save(
          repository.create({
            partnershipId: commitment.partnershipId,
            commitmentId,
            occurrenceDueDate: upload.period,
            originalName: upload.name,
            contentType: upload.type,
            size: file.size,
            sha256: file.sha256,
            storageKey,
            uploadedBy: context.actor!.userId,
          }),
        );
        await this.audit.record(manager, context, {
          action: 'commitment.evidence_add', entityType: 'commitment', entityId: commitmentId,
          summary: { evidenceId: row.id, period: upload.period, name: upload.name, contentType: upload.type, size: file.size, sha256: file.sha256 },
        });
        return viewOf(row);
      });
    } catch (error) {
      // The row did not commit: the bytes must not stay behind unreferenced.
      if (stored) await this.files.remove(storageKey);
      throw error;
    }
  }

  async list(context: RequestContext, commitmentId: string): Promise<EvidenceView[]> {
    const commitment = await this.dataSource.getRepository(Commitment).findOneBy({ id: commitmentId });
    if (!commitment) throw notFound('The commitment');
    await this.workable.read(this.dataSource.manager, context, commitment.partnershipId);
    const rows = await this.dataSource.getRepository(EvidenceFile).find({ where: { commitmentId }, order: { occurrenceDueDate: 'ASC', createdAt: 'ASC' } });
    return rows.map(viewOf);
  }

  async download(context: RequestContext, evidenceId: string): Promise<{ evidence: EvidenceView; content: Readable }> {
    const row = await this.dataSource.getRepository(EvidenceFile).findOneBy({ id: evidenceId });
    if (!row) throw notFound('The evidence file');
    await this.workable.read(this.dataSource.manager, context, row.partnershipId);
    return { evidence: viewOf(row), content: this.files.open(row.storageKey) };
  }
}
