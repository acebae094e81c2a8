// Partnerships, their parties, lifecycle transitions, MoU versions (from the domain's template, hashed as the API
// hashes them), signatures, endorsements of the current review stage and final reviews.
import { createHash } from 'node:crypto';
import { buildMouTemplate, canonicalMouText } from '@daikou/domain';
import { getAdminUnit } from '@daikou/gazetteer';
import { json } from './copy-text.js';
import { rowId } from './ids.js';
import { partnershipSearchText, type PartnershipPlan } from './partnerships.js';
import type { TableLoad } from './table-load.js';
import { TABLE } from './tables.js';
import type { World } from './world.js';

function mouVersion(plan: PartnershipPlan, world: World, number: number) {
  const parties = plan.parties.map((index) => {
    const org = world.organizations[index]!;
    return { id: org.id, name: org.name, nameKm: org.nameKm ?? undefined, kind: org.kind };
  });
  const areas = plan.adminUnitCodes.map((code) => getAdminUnit(code));
  const clauses = buildMouTemplate({
    title: plan.title, function: plan.function, form: plan.form, goals: plan.goals, parties, contributions: [], risks: [],
    areaNames: { en: areas.map((a) => a?.nameLatin ?? ''), km: areas.map((a) => a?.nameKm ?? '') },
    startDate: plan.startDate, endDate: plan.endDate,
  });
  // Later versions reword one clause, as the parties' drafting does.
  if (number > 1) clauses[0] = { ...clauses[0]!, textEn: `${clauses[0]!.textEn} (revision ${number})` };
  return { clauses, textHash: createHash('sha256').update(canonicalMouText(clauses)).digest('hex') };
}

export function partnershipTables(plans: readonly PartnershipPlan[], world: World): TableLoad[] {
  const orgId = (index: number) => world.organizations[index]!.id;
  const hashes = new Map<string, string>();
  return [
    {
      table: 'partnerships',
      columns: [
        'id', 'title', 'function', 'form', 'goals', 'admin_unit_codes', 'province_codes', 'sectors', 'start_date', 'end_date', 'status', 'status_since',
        'current_mou_version', 'approved_mou_version', 'signed_mou_version', 'search_text', 'created_by', 'created_at', 'updated_at', 'version',
      ],
      *rows() {
        for (const p of plans) {
          yield [
            p.id, p.title, p.function, p.form, p.goals, p.adminUnitCodes, p.provinceCodes, p.sectors, p.startDate, p.endDate, p.status, p.statusSince,
            p.mouVersions || null, p.approvedMouVersion, p.signedMouVersion, partnershipSearchText(p), p.createdBy, p.createdAt, p.updatedAt, p.transitions.length,
          ];
        }
      },
    },
    {
      table: 'partnership_parties',
      columns: ['partnership_id', 'organization_id'],
      *rows() {
        for (const p of plans) for (const party of p.parties) yield [p.id, orgId(party)];
      },
    },
    {
      table: 'partnership_transitions',
      columns: ['partnership_id', 'action', 'from_status', 'to_status', 'actor_id', 'at', 'comment', 'seconds_in_from'],
      *rows() {
        for (const p of plans) for (const t of p.transitions) yield [p.id, t.action, t.from, t.to, t.actorId, t.at, t.comment, t.secondsInFrom];
      },
    },
    {
      table: 'mou_versions',
      columns: ['partnership_id', 'number', 'clauses', 'text_hash', 'created_at', 'created_by'],
      *rows() {
        for (const p of plans) {
          const submits = p.transitions.filter((t) => t.action === 'submit_mou');
          for (let number = 1; number <= p.mouVersions; number += 1) {
            const version = mouVersion(p, world, number);
            if (number === p.mouVersions) hashes.set(p.id, version.textHash);
            yield [p.id, number, json(version.clauses), version.textHash, new Date(submits[number - 1]!.at.getTime() - 3_600_000), p.createdBy];
          }
        }
      },
    },
    {
      table: 'mou_signatures',
      columns: ['id', 'partnership_id', 'version_number', 'organization_id', 'user_id', 'text_hash', 'signed_at'],
      *rows() {
        let index = 0;
        for (const p of plans) {
          for (const signature of p.signatures) {
            yield [rowId(TABLE.signatures, index), p.id, p.approvedMouVersion, orgId(signature.organizationIndex), signature.userId, hashes.get(p.id)!, signature.at];
            index += 1;
          }
        }
      },
    },
    {
      table: 'partnership_endorsements',
      columns: ['partnership_id', 'organization_id', 'endorsed_by', 'at'],
      *rows() {
        for (const p of plans) for (const e of p.endorsements) yield [p.id, orgId(e.organizationIndex), e.userId, e.at];
      },
    },
    {
      table: 'partnership_reviews',
      columns: ['id', 'partnership_id', 'kind', 'decision', 'lessons', 'reviewer_id', 'created_at'],
      *rows() {
        let index = 0;
        for (const p of plans) {
          if (!p.finalReview) continue;
          yield [rowId(TABLE.reviews, index), p.id, 'final', 'close', p.finalReview.lessons, p.finalReview.reviewerId, p.finalReview.at];
          index += 1;
        }
      },
    },
  ];
}
