// The user form's values as typed, and the API inputs made from them: everything for a new account, only
// what changed for an existing one.
import type { AdminUser } from '../api/get-users';

export interface UserDraft {
  email: string;
  name: string;
  password: string;
  role: string;
  organizationId: string;
  isSignatory: boolean;
  locale: string;
}

export function draftOf(user?: AdminUser): UserDraft {
  return {
    email: user?.email ?? '',
    name: user?.name ?? '',
    password: '',
    role: user?.role ?? '',
    organizationId: user?.organizationId ?? '',
    isSignatory: user?.isSignatory ?? false,
    // New accounts get Khmer, as the API would.
    locale: user?.locale ?? 'km',
  };
}

// An empty choice is a missing field: the schema then says "Required" rather than "not an allowed value".
const chosen = (value: string) => value || undefined;

/** The body of POST /api/users, still to be checked with userCreateInput. */
export function createInputOf(draft: UserDraft): Record<string, unknown> {
  return {
    email: draft.email,
    name: draft.name,
    password: draft.password,
    role: chosen(draft.role),
    organizationId: chosen(draft.organizationId),
    isSignatory: draft.isSignatory,
    locale: chosen(draft.locale),
  };
}

const assignmentFields = ['role', 'organizationId', 'isSignatory', 'locale'] as const;

/** The body of PATCH /api/users/{id} for the role, organisation, signatory flag and language that changed. */
export function assignmentChangesOf(draft: UserDraft, user: AdminUser): Record<string, unknown> {
  const values = {
    role: chosen(draft.role),
    organizationId: chosen(draft.organizationId),
    isSignatory: draft.isSignatory,
    locale: chosen(draft.locale),
  };
  const patch: Record<string, unknown> = {};
  for (const field of assignmentFields) if (values[field] !== user[field]) patch[field] = values[field];
  return patch;
}
