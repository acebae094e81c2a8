// Organisations and user accounts (every account signs in with the one bench password).
import type { TableLoad } from './table-load.js';
import { organizationSearchText, type World } from './world.js';

export function worldTables(world: World, passwordHash: string): TableLoad[] {
  const orgs = world.organizations;
  return [
    {
      table: 'organizations',
      columns: ['id', 'name', 'name_km', 'kind', 'type', 'admin_unit_code', 'sectors', 'capacities', 'search_text', 'endorsing_organization_id', 'created_at', 'updated_at'],
      *rows() {
        for (const org of orgs) {
          yield [
            org.id, org.name, org.nameKm, org.kind, org.type, org.adminUnitCode, org.sectors, org.capacities, organizationSearchText(org),
            org.endorsingIndex === null ? null : orgs[org.endorsingIndex]!.id, org.createdAt, org.createdAt,
          ];
        }
      },
    },
    {
      table: 'users',
      columns: ['id', 'email', 'name', 'password_hash', 'role', 'organization_id', 'is_signatory', 'locale', 'created_at', 'updated_at'],
      *rows() {
        for (const user of world.users) {
          const createdAt = orgs[user.organizationIndex]!.createdAt;
          yield [user.id, user.email, user.name, passwordHash, user.role, orgs[user.organizationIndex]!.id, user.isSignatory, user.locale, createdAt, createdAt];
        }
      },
    },
  ];
}
