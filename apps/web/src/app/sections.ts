// The sections of the signed-in app and which roles see them. This only shapes the menu: the server
// authorises every request on its own. Only types come from @daikou/domain: this module loads with
// the first screen, and the domain's values would bring zod with them.
import type { Role } from '@daikou/domain';
import type { ParseKeys } from 'i18next';

export interface Section {
  path: string;
  labelKey: ParseKeys;
  roles: 'everyone' | readonly Role[];
}

export function sectionAllows(section: Section, role: Role): boolean {
  return section.roles === 'everyone' || section.roles.includes(role);
}

export const sections: readonly Section[] = [
  { path: 'dashboard', labelKey: 'nav.dashboard', roles: 'everyone' },
  { path: 'partnerships', labelKey: 'nav.partnerships', roles: 'everyone' },
  { path: 'service-points', labelKey: 'nav.servicePoints', roles: 'everyone' },
  { path: 'feedback', labelKey: 'nav.feedback', roles: 'everyone' },
  { path: 'indicator-library', labelKey: 'nav.indicatorLibrary', roles: 'everyone' },
  { path: 'organizations', labelKey: 'nav.organisations', roles: 'everyone' },
  { path: 'notifications', labelKey: 'nav.notifications', roles: 'everyone' },
  { path: 'users', labelKey: 'nav.users', roles: ['admin'] },
  { path: 'audit', labelKey: 'nav.auditLog', roles: ['admin'] },
];

export function sectionsFor(role: Role): Section[] {
  return sections.filter((section) => sectionAllows(section, role));
}

// Officers start from their own partnerships (their daily work); reviewers and admins from the portfolio.
const officerRoles: readonly Role[] = ['sna_officer', 'cso_officer'];

/** Where a user lands after signing in: the partnerships for officers, the first section they see for others. */
export function homePathFor(role: Role): string {
  if (officerRoles.includes(role)) return '/partnerships';
  return `/${sectionsFor(role)[0]?.path ?? 'partnerships'}`;
}
