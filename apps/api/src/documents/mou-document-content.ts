// What an MoU document shows, read from the database in one place: the job renders it, the endpoint keys the cache by it.
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OrganizationKind, OrganizationType } from '@daikou/domain';
import { getAdminUnit } from '@daikou/gazetteer';
import type { MouVersion } from '../partnerships/partnership.entities';

export const DOCUMENT_LANGS = ['km', 'en', 'both'] as const;
export type DocumentLang = (typeof DOCUMENT_LANGS)[number];

export interface MouDocumentContent {
  partnershipId: string;
  title: string;
  versionNumber: number;
  textHash: string;
  clauses: MouVersion['clauses'];
  startDate: string;
  endDate: string;
  parties: { organizationId: string; name: string; nameKm: string | null; kind: OrganizationKind; type: OrganizationType }[];
  areas: { code: string; nameKm: string; nameLatin: string; typeKm: string; typeEn: string }[];
  /** Who approved this version for signature, and when (null while it is not approved). */
  approval: { by: string | null; at: Date } | null;
  signatures: { organizationId: string; signatoryName: string; signedAt: Date }[];
}

/** Null when the partnership has no such version. */
export async function loadMouDocumentContent(manager: EntityManager, partnershipId: string, versionNumber: number): Promise<MouDocumentContent | null> {
  const versions: (Pick<MouVersion, 'clauses' | 'textHash' | 'createdAt' | 'amendmentId'> & { title: string; startDate: string; endDate: string; adminUnitCodes: string[]; nextCreatedAt: Date | null })[] =
    await manager.query(
      `SELECT v.clauses, v.text_hash AS "textHash", v.created_at AS "createdAt", v.amendment_id AS "amendmentId",
              p.title, to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", to_char(p.end_date, 'YYYY-MM-DD') AS "endDate",
              p.admin_unit_codes AS "adminUnitCodes",
              (SELECT n.created_at FROM mou_versions n WHERE n.partnership_id = v.partnership_id AND n.number = v.number + 1) AS "nextCreatedAt"
         FROM mou_versions v JOIN partnerships p ON p.id = v.partnership_id
        WHERE v.partnership_id = $1 AND v.number = $2`,
      [partnershipId, versionNumber],
    );
  const version = versions[0];
  if (!version) return null;
  const parties: MouDocumentContent['parties'] = await manager.query(
    `SELECT o.id AS "organizationId", o.name, o.name_km AS "nameKm", o.kind, o.type
       FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
      WHERE pp.partnership_id = $1 ORDER BY o.kind DESC, o.name`,
    [partnershipId],
  );
  // The approval of this version: the last one between its writing and the next version's (a version sent back and
  // approved again shows the approval that stands). Amendment versions are approved on the amendment, recorded in the audit trail.
  const window = [partnershipId, version.createdAt, version.nextCreatedAt ?? 'infinity'];
  const approvals: { by: string | null; at: Date }[] = version.amendmentId
    ? await manager.query(
        `SELECT u.name AS by, a.at FROM audit_entries a LEFT JOIN users u ON u.id = a.actor_id
          WHERE a.entity_type = 'partnership' AND a.entity_id = $1 AND a.action = 'amendment.approve'
            AND a.summary->>'amendmentId' = $4 AND a.at >= $2 AND a.at < $3::timestamptz
          ORDER BY a.seq DESC LIMIT 1`,
        [...window, version.amendmentId],
      )
    : await manager.query(
        `SELECT u.name AS by, t.at FROM partnership_transitions t LEFT JOIN users u ON u.id = t.actor_id
          WHERE t.partnership_id = $1 AND t.action = 'approve' AND t.at >= $2 AND t.at < $3::timestamptz
          ORDER BY t.seq DESC LIMIT 1`,
        window,
      );
  const signatures: MouDocumentContent['signatures'] = await manager.query(
    `SELECT s.organization_id AS "organizationId", u.name AS "signatoryName", s.signed_at AS "signedAt"
       FROM mou_signatures s JOIN users u ON u.id = s.user_id
      WHERE s.partnership_id = $1 AND s.version_number = $2 ORDER BY s.signed_at, s.organization_id`,
    [partnershipId, versionNumber],
  );
  return {
    partnershipId,
    title: version.title,
    versionNumber,
    textHash: version.textHash,
    clauses: version.clauses,
    startDate: version.startDate,
    endDate: version.endDate,
    parties,
    areas: version.adminUnitCodes.flatMap((code) => {
      const unit = getAdminUnit(code);
      return unit ? [{ code, nameKm: unit.nameKm, nameLatin: unit.nameLatin || unit.nameKm, typeKm: unit.typeKm, typeEn: unit.typeEn }] : [];
    }),
    approval: approvals[0] ?? null,
    signatures,
  };
}

/**
 * The cache key besides text hash and language. Two partnerships (or versions) may share a text, and a signed copy
 * differs from an unsigned one, so the key covers which version it is, its approval and the set of signatures.
 */
export function signatureKeyOf(content: MouDocumentContent): string {
  const signatures = content.signatures.map((s) => [s.organizationId, new Date(s.signedAt).toISOString()]).sort();
  const approval = content.approval ? [content.approval.by, new Date(content.approval.at).toISOString()] : null;
  const key = JSON.stringify([content.partnershipId, content.versionNumber, approval, signatures]);
  return `${signatures.length === 0 ? 'unsigned' : `signed${signatures.length}`}-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}
