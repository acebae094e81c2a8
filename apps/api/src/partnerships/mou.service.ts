// MoU versions: bilingual clauses written while the MoU is drafted, each version hashed; diffs between versions;
// signatures (recorded by the `sign` action) listed with the hash they cover.
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { diffWordsWithSpace } from 'diff';
import { DataSource, type EntityManager } from 'typeorm';
import { buildMouTemplate, canonicalMouText, type MouVersionInput } from '@daikou/domain';
import { getAdminUnit } from '@daikou/gazetteer';
import { AccessService } from '../auth/access.service';
import { AuditService } from '../audit/audit.service';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { MouSignature, MouVersion, Partnership } from './partnership.entities';
import { audienceOf } from './partnership-store';
import { PartnershipsService } from './partnerships.service';

type Clause = MouVersion['clauses'][number];

export function mouTextHash(clauses: Clause[]): string {
  return createHash('sha256').update(canonicalMouText(clauses)).digest('hex');
}

export function versionView(version: MouVersion) {
  return {
    number: version.number,
    amendmentId: version.amendmentId,
    clauses: version.clauses,
    textHash: version.textHash,
    createdAt: version.createdAt.toISOString(),
    createdBy: version.createdBy,
  };
}

type Change = 'added' | 'removed' | 'changed' | 'unchanged';
export interface TextPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

function textDiff(before: string | undefined, after: string | undefined): TextPart[] {
  return diffWordsWithSpace(before ?? '', after ?? '').map((part) => ({
    value: part.value,
    ...(part.added ? { added: true } : {}),
    ...(part.removed ? { removed: true } : {}),
  }));
}

@Injectable()
export class MouService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async createVersion(context: RequestContext, id: string, input: MouVersionInput) {
    return this.dataSource.transaction(async (manager) => {
      const aggregate = await this.partnerships.visibleAggregate(manager, context, id, true);
      await this.access.authorize(context, 'partnership.update', audienceOf(aggregate), { type: 'partnership', id });
      if (aggregate.partnership.status !== 'mou_drafting') {
        throw new Problem('invalid_status', `MoU versions are written while the MoU is being drafted (now: ${aggregate.partnership.status}); an active partnership changes its MoU through an amendment`);
      }
      return versionView(await this.writeVersion(manager, context, aggregate.partnership, input, null));
    });
  }

  /** Adds the next version (numbers run on across amendments) to a locked partnership. */
  async writeVersion(manager: EntityManager, context: RequestContext, partnership: Partnership, input: MouVersionInput, amendmentId: string | null): Promise<MouVersion> {
    const number = (partnership.currentMouVersion ?? 0) + 1;
    const clauses: Clause[] = input.clauses.map(({ key, titleEn, textEn, titleKm, textKm }) => ({
      key, titleEn, textEn, ...(titleKm !== undefined ? { titleKm } : {}), ...(textKm !== undefined ? { textKm } : {}),
    }));
    const version = await manager.getRepository(MouVersion).save(
      manager.getRepository(MouVersion).create({ partnershipId: partnership.id, number, clauses, textHash: mouTextHash(clauses), createdBy: context.actor!.userId, amendmentId }),
    );
    await manager.getRepository(Partnership).save({ ...partnership, currentMouVersion: number });
    partnership.currentMouVersion = number;
    await this.audit.record(manager, context, {
      action: 'mou.version_create',
      entityType: 'partnership',
      entityId: partnership.id,
      summary: { number, textHash: version.textHash, clauses: clauses.length, ...(amendmentId ? { amendmentId } : {}) },
    });
    return version;
  }

  /** A starting text for the MoU, prefilled from the proposal (not stored until written as a version). */
  async template(context: RequestContext, id: string) {
    const aggregate = await this.partnerships.visibleAggregate(this.dataSource.manager, context, id);
    const p = aggregate.partnership;
    const units = p.adminUnitCodes.map((code) => getAdminUnit(code)).filter((u) => u !== undefined);
    return {
      clauses: buildMouTemplate({
        title: p.title,
        function: p.function,
        form: p.form,
        goals: p.goals,
        parties: aggregate.parties.map((party) => ({ id: party.organizationId, name: party.name, nameKm: party.nameKm ?? undefined, kind: party.kind })),
        contributions: aggregate.contributions.map((c) => ({
          organizationId: c.organizationId, kind: c.kind as never, description: c.description,
          ...(c.amount !== null ? { amount: Number(c.amount) } : {}), ...(c.currency ? { currency: c.currency } : {}),
        })),
        risks: aggregate.risks.map((r) => ({ description: r.description, carriedBy: r.carriedBy })),
        areaNames: { en: units.map((u) => u.nameLatin || u.nameKm), km: units.map((u) => u.nameKm) },
        startDate: p.startDate,
        endDate: p.endDate,
      }),
    };
  }

  async list(context: RequestContext, id: string) {
    await this.partnerships.visibleAggregate(this.dataSource.manager, context, id);
    const versions = await this.dataSource.getRepository(MouVersion).find({ where: { partnershipId: id }, order: { number: 'ASC' } });
    return versions.map(versionView);
  }

  async get(context: RequestContext, id: string, number: number) {
    await this.partnerships.visibleAggregate(this.dataSource.manager, context, id);
    const version = await this.dataSource.getRepository(MouVersion).findOneBy({ partnershipId: id, number });
    if (!version) throw notFound(`MoU version ${number}`);
    return versionView(version);
  }

  async diff(context: RequestContext, id: string, number: number, against: number) {
    await this.partnerships.visibleAggregate(this.dataSource.manager, context, id);
    const [to, from] = await Promise.all([
      this.dataSource.getRepository(MouVersion).findOneBy({ partnershipId: id, number }),
      this.dataSource.getRepository(MouVersion).findOneBy({ partnershipId: id, number: against }),
    ]);
    if (!to) throw notFound(`MoU version ${number}`);
    if (!from) throw notFound(`MoU version ${against}`);
    const keys = [...new Set([...from.clauses.map((c) => c.key), ...to.clauses.map((c) => c.key)])];
    return {
      from: against,
      to: number,
      clauses: keys.map((key) => {
        const before = from.clauses.find((c) => c.key === key);
        const after = to.clauses.find((c) => c.key === key);
        const change: Change = !before ? 'added' : !after ? 'removed' : JSON.stringify(before) === JSON.stringify(after) ? 'unchanged' : 'changed';
        return {
          key,
          change,
          titleEn: textDiff(before?.titleEn, after?.titleEn),
          textEn: textDiff(before?.textEn, after?.textEn),
          titleKm: textDiff(before?.titleKm, after?.titleKm),
          textKm: textDiff(before?.textKm, after?.textKm),
        };
      }),
    };
  }

  async signatures(context: RequestContext, id: string) {
    await this.partnerships.visibleAggregate(this.dataSource.manager, context, id);
    const rows: (MouSignature & { signerName: string })[] = await this.dataSource.query(
      `SELECT s.organization_id AS "organizationId", s.user_id AS "userId", s.version_number AS "versionNumber",
              s.text_hash AS "textHash", s.signed_at AS "signedAt", u.name AS "signerName"
         FROM mou_signatures s JOIN users u ON u.id = s.user_id
        WHERE s.partnership_id = $1 ORDER BY s.signed_at`,
      [id],
    );
    return rows.map((s) => ({
      organizationId: s.organizationId, userId: s.userId, signerName: s.signerName, versionNumber: s.versionNumber, textHash: s.textHash,
      signedAt: new Date(s.signedAt).toISOString(),
    }));
  }
}
