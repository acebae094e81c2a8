import { z } from 'zod';
import { LOCALES } from '../locale.js';
import { ROLES } from '../roles.js';
import { email, filledText, flag, inputObject, oneOf, uuid } from './fields.js';
import { passwordPolicy } from './password.js';

// Whether the role fits the organisation's kind needs the registry: the API checks it with checkRoleOrganizationKind.
export const userCreateInput = inputObject({
  email,
  name: filledText(200),
  password: passwordPolicy,
  role: oneOf(ROLES),
  organizationId: uuid,
  isSignatory: flag.optional(),
  locale: oneOf(LOCALES).optional(),
});
export type UserCreateInput = z.infer<typeof userCreateInput>;

/** Only the fields given change; `active: false` deactivates the account. */
export const userUpdateInput = inputObject({
  email: email.optional(),
  name: filledText(200).optional(),
  password: passwordPolicy.optional(),
  role: oneOf(ROLES).optional(),
  organizationId: uuid.optional(),
  isSignatory: flag.optional(),
  locale: oneOf(LOCALES).optional(),
  active: flag.optional(),
});
export type UserUpdateInput = z.infer<typeof userUpdateInput>;
