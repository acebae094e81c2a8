import { z } from 'zod';
import { ORGANIZATION_KINDS, ORGANIZATION_TYPES } from '@daikou/domain';
import type { Organization } from './organization.entity';

export const organizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nameKm: z.string().nullable(),
  kind: z.enum(ORGANIZATION_KINDS),
  type: z.enum(ORGANIZATION_TYPES),
  adminUnitCode: z.string(),
  sectors: z.array(z.string()),
  capacities: z.array(z.string()),
  endorsingOrganizationId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type OrganizationView = z.infer<typeof organizationSchema>;

export function toOrganizationView(o: Organization): OrganizationView {
  return {
    id: o.id,
    name: o.name,
    nameKm: o.nameKm,
    kind: o.kind,
    type: o.type as OrganizationView['type'],
    adminUnitCode: o.adminUnitCode,
    sectors: o.sectors,
    capacities: o.capacities,
    endorsingOrganizationId: o.endorsingOrganizationId,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    version: o.version,
  };
}
