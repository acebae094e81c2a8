// The organisation form's values as typed, and the API inputs made from them: everything for a new
// organisation, only what changed (and may change) for an existing one.
import type { Organization } from '../api/get-organizations';
import type { OrganizationField } from '../organization-policy';

export interface OrganizationDraft {
  name: string;
  nameKm: string;
  kind: string;
  type: string;
  adminUnitCode: string;
  sectors: string[];
  /** One capacity per line. */
  capacities: string;
  endorsingOrganizationId: string;
}

export function draftOf(organization?: Organization): OrganizationDraft {
  return {
    name: organization?.name ?? '',
    nameKm: organization?.nameKm ?? '',
    kind: organization?.kind ?? '',
    type: organization?.type ?? '',
    adminUnitCode: organization?.adminUnitCode ?? '',
    sectors: organization?.sectors ?? [],
    capacities: organization?.capacities.join('\n') ?? '',
    endorsingOrganizationId: organization?.endorsingOrganizationId ?? '',
  };
}

// An empty choice is a missing field: the schema then says "Required" rather than "not an allowed value".
const chosen = (value: string) => value || undefined;

function capacityLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The body of POST /api/organizations, still to be checked with organizationCreateInput. */
export function createInputOf(draft: OrganizationDraft): Record<string, unknown> {
  return {
    name: draft.name,
    nameKm: chosen(draft.nameKm.trim()),
    kind: chosen(draft.kind),
    type: chosen(draft.type),
    adminUnitCode: chosen(draft.adminUnitCode),
    sectors: draft.sectors,
    capacities: capacityLines(draft.capacities),
    endorsingOrganizationId: chosen(draft.endorsingOrganizationId),
  };
}

/**
 * The body of PATCH /api/organizations/{id}: the `fields` whose value differs from the organisation's,
 * still to be checked with organizationUpdateInput.
 */
export function updateInputOf(
  draft: OrganizationDraft,
  organization: Organization,
  fields: readonly OrganizationField[],
): Record<string, unknown> {
  const values: Record<OrganizationField, unknown> = {
    name: draft.name,
    // Emptied, the Khmer name is removed.
    nameKm: draft.nameKm.trim() || null,
    kind: chosen(draft.kind),
    type: chosen(draft.type),
    adminUnitCode: chosen(draft.adminUnitCode),
    sectors: draft.sectors,
    capacities: capacityLines(draft.capacities),
    endorsingOrganizationId: draft.endorsingOrganizationId || null,
  };
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    if (JSON.stringify(values[field]) !== JSON.stringify(organization[field])) patch[field] = values[field];
  }
  return patch;
}
