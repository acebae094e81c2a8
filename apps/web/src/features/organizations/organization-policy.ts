// What the signed-in user may change on an organisation, asked of the same decide() the server enforces.
import { decide, type Actor } from '@daikou/domain';

export const ORGANIZATION_FIELDS = [
  'name',
  'nameKm',
  'kind',
  'type',
  'adminUnitCode',
  'sectors',
  'capacities',
  'endorsingOrganizationId',
] as const;
export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number];

/** The fields `actor` may change on organisation `organizationId`; none means no Edit at all. */
export function editableOrganizationFields(actor: Actor, organizationId: string): OrganizationField[] {
  return ORGANIZATION_FIELDS.filter(
    (field) => decide(actor, 'organization.update', { organizationId, changedFields: [field] }).allowed,
  );
}

export function mayRegisterOrganizations(actor: Actor): boolean {
  return decide(actor, 'organization.create').allowed;
}
