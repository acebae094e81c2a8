import { z } from 'zod';
import { ORGANIZATION_KINDS, ORGANIZATION_TYPES, organizationTypeFitsKind, type OrganizationKind, type OrganizationType } from '../roles.js';
import { SECTOR_CODES } from '../sectors.js';
import { validationMessage } from '../validation-messages.js';
import { adminUnitCode, filledText, inputObject, message, nameKm, oneOf, searchText, uniqueList, uuid, whenValid } from './fields.js';
import { listQuery } from './list-query.js';

const sectors = uniqueList(oneOf(SECTOR_CODES)).min(1, message('sectors_required'));
const capacities = uniqueList(filledText(100));

function typeMustFitKind(organization: { kind?: OrganizationKind; type?: OrganizationType }, ctx: z.core.$RefinementCtx) {
  const { kind, type } = organization;
  if (kind !== undefined && type !== undefined && !organizationTypeFitsKind(type, kind)) {
    ctx.addIssue({ code: 'custom', path: ['type'], message: validationMessage('type_does_not_fit_kind') });
  }
}

export const organizationCreateInput = inputObject({
  name: filledText(200),
  nameKm: nameKm.optional(),
  kind: oneOf(ORGANIZATION_KINDS),
  type: oneOf(ORGANIZATION_TYPES),
  adminUnitCode,
  sectors,
  capacities: capacities.optional(),
  /** A parent administration whose endorsement this organisation's partnerships need before MoI review. */
  endorsingOrganizationId: uuid.optional(),
}).superRefine(typeMustFitKind, whenValid('kind', 'type'));
export type OrganizationCreateInput = z.infer<typeof organizationCreateInput>;

/** Only the fields given change; `nameKm: null` removes the Khmer name. */
export const organizationUpdateInput = inputObject({
  name: filledText(200).optional(),
  nameKm: nameKm.nullable().optional(),
  kind: oneOf(ORGANIZATION_KINDS).optional(),
  type: oneOf(ORGANIZATION_TYPES).optional(),
  adminUnitCode: adminUnitCode.optional(),
  sectors: sectors.optional(),
  capacities: capacities.optional(),
  endorsingOrganizationId: uuid.nullable().optional(),
}).superRefine(typeMustFitKind, whenValid('kind', 'type'));
export type OrganizationUpdateInput = z.infer<typeof organizationUpdateInput>;

export const organizationQuery = listQuery.extend({
  kind: oneOf(ORGANIZATION_KINDS).optional(),
  type: oneOf(ORGANIZATION_TYPES).optional(),
  q: searchText.optional(),
  adminUnit: adminUnitCode.optional(),
  sector: oneOf(SECTOR_CODES).optional(),
  capacity: filledText(100).optional(),
});
export type OrganizationQuery = z.infer<typeof organizationQuery>;
