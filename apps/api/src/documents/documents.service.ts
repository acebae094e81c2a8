// MoU documents: answered from the cache, or rendered by the `documents.render_mou` job; and the public check of a text hash.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import QRCode from 'qrcode';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { notFound } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import type { JobPayloads } from '../jobs/job-definitions';
import type { JobContext } from '../jobs/job-registry';
import { JobsService } from '../jobs/jobs.service';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { loadMouDocumentContent, signatureKeyOf, type DocumentLang, type MouDocumentContent } from './mou-document-content';
import { mouDocumentHtml } from './mou-document-html';
import { MouDocument } from './mou-document.entity';
import { renderPdf } from './pdf-renderer';

type RenderPayload = JobPayloads['documents.render_mou'];

export type DocumentAnswer = { file: Buffer } | { jobId: string };

export interface Verification {
  found: boolean;
  partnership?: { title: string; parties: string[] };
  versionNumber?: number;
  fullySigned?: boolean;
  signatures?: { organizationName: string; signedAt: string }[];
}

@Injectable()
export class DocumentsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly partnerships: PartnershipsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register('documents.render_mou', (payload: RenderPayload, context: JobContext) => this.render(payload, context));
  }

  /** The cached PDF, or the id of the job that renders it (the caller's pending one if there is one). */
  async request(context: RequestContext, partnershipId: string, versionNumber: number, lang: DocumentLang): Promise<DocumentAnswer> {
    await this.partnerships.visibleAggregate(this.dataSource.manager, context, partnershipId);
    const content = await loadMouDocumentContent(this.dataSource.manager, partnershipId, versionNumber);
    if (!content) throw notFound(`MoU version ${versionNumber}`);
    const cached = await this.cached(this.dataSource.manager, content, lang);
    if (cached) return { file: cached.file };
    const requestedBy = context.actor!.userId;
    const payload: RenderPayload = { partnershipId, versionNumber, lang };
    const jobId = await this.dataSource.transaction(async (manager) => {
      // Two requests at once by the same person wait for each other here, so the second finds the first one's job.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`documents.render_mou:${JSON.stringify(payload)}:${requestedBy}`]);
      const pending: { id: string }[] = await manager.query(
        `SELECT id FROM jobs WHERE name = 'documents.render_mou' AND status IN ('pending', 'queued', 'running')
            AND requested_by = $1 AND payload = $2::jsonb ORDER BY created_at LIMIT 1`,
        [requestedBy, JSON.stringify(payload)],
      );
      return pending[0]?.id ?? (await this.jobs.add(manager, 'documents.render_mou', payload, { requestedBy }));
    });
    return { jobId };
  }

  /** The job: renders the document unless an identical one is on disk, stores it and records it once. */
  async render(payload: RenderPayload, context: JobContext): Promise<{ documentId: string; size: number; cached: boolean } | { skipped: string }> {
    await context.progress(0, 3);
    const content = await loadMouDocumentContent(this.dataSource.manager, payload.partnershipId, payload.versionNumber);
    if (!content) return { skipped: 'The MoU version no longer exists' };
    const cached = await this.cached(this.dataSource.manager, content, payload.lang);
    if (cached) {
      await context.progress(3, 3);
      return { documentId: cached.row.id, size: cached.row.size, cached: true };
    }
    // Before the slow part: an unwritable directory fails the attempt at once.
    await mkdir(this.config.documents.dir, { recursive: true });
    await context.progress(1, 3);
    const pdf = await this.pdfOf(content, payload.lang);
    await context.progress(2, 3);
    const signatureKey = signatureKeyOf(content);
    const fileName = `${content.textHash}-${payload.lang}-${signatureKey}.pdf`;
    const target = path.join(this.config.documents.dir, fileName);
    // Written aside and renamed: a reader never sees half a file, and two renders of one key end as one file.
    await writeFile(`${target}.${context.jobId}.tmp`, pdf);
    await rename(`${target}.${context.jobId}.tmp`, target);
    await context.once(async (manager) => {
      await manager.query(
        `INSERT INTO documents (partnership_id, version_number, text_hash, lang, signature_key, path, size) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (text_hash, lang, signature_key) DO UPDATE SET path = EXCLUDED.path, size = EXCLUDED.size`,
        [content.partnershipId, content.versionNumber, content.textHash, payload.lang, signatureKey, fileName, pdf.length],
      );
    });
    const row = await this.dataSource.getRepository(MouDocument).findOneByOrFail({ textHash: content.textHash, lang: payload.lang, signatureKey });
    await context.progress(3, 3);
    return { documentId: row.id, size: pdf.length, cached: false };
  }

  /** The PDF of one version as it stands now (used by the job; exposed for checks of the rendering). */
  async pdfOf(content: MouDocumentContent, lang: DocumentLang): Promise<Buffer> {
    const verificationUrl = new URL(`verify/${content.textHash}`, `${(this.config.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, '')}/`).toString();
    const qrSvg = await QRCode.toString(verificationUrl, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
    return renderPdf(mouDocumentHtml({ content, lang, verificationUrl, qrSvg }), {
      chromiumPath: this.config.documents.chromiumPath,
      footerNote: `MoU v${content.versionNumber} - ${content.textHash.slice(0, 16)}`,
    });
  }

  /** Public: which partnership and version a text hash belongs to, and its signatures; no ids, no people. */
  async verify(textHash: string): Promise<Verification> {
    const versions: { partnershipId: string; number: number; title: string }[] = await this.dataSource.query(
      `SELECT v.partnership_id AS "partnershipId", v.number, p.title
         FROM mou_versions v JOIN partnerships p ON p.id = v.partnership_id
        WHERE v.text_hash = $1
        ORDER BY (p.signed_mou_version = v.number) DESC NULLS LAST, v.created_at DESC LIMIT 1`,
      [textHash],
    );
    const version = versions[0];
    if (!version) return { found: false };
    const parties: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT o.id, o.name FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
        WHERE pp.partnership_id = $1 ORDER BY o.kind DESC, o.name`,
      [version.partnershipId],
    );
    const signatures: { organizationId: string; organizationName: string; signedAt: Date }[] = await this.dataSource.query(
      `SELECT s.organization_id AS "organizationId", o.name AS "organizationName", s.signed_at AS "signedAt"
         FROM mou_signatures s JOIN organizations o ON o.id = s.organization_id
        WHERE s.partnership_id = $1 AND s.version_number = $2 ORDER BY s.signed_at`,
      [version.partnershipId, version.number],
    );
    return {
      found: true,
      partnership: { title: version.title, parties: parties.map((p) => p.name) },
      versionNumber: version.number,
      fullySigned: parties.every((p) => signatures.some((s) => s.organizationId === p.id)),
      signatures: signatures.map((s) => ({ organizationName: s.organizationName, signedAt: new Date(s.signedAt).toISOString() })),
    };
  }

  private async cached(manager: EntityManager, content: MouDocumentContent, lang: DocumentLang): Promise<{ row: MouDocument; file: Buffer } | null> {
    const row = await manager.getRepository(MouDocument).findOneBy({ textHash: content.textHash, lang, signatureKey: signatureKeyOf(content) });
    if (!row) return null;
    try {
      return { row, file: await readFile(path.join(this.config.documents.dir, row.path)) };
    } catch (error) {
      // A file removed from the disk is rendered again; the row is updated when it is.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}
