import { z } from 'zod';
import { LOCALES, ROLES } from '@daikou/domain';

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  organizationId: z.uuid(),
  isSignatory: z.boolean(),
  locale: z.enum(LOCALES),
});
export type UserView = z.infer<typeof userSchema>;

export function toUserView(user: UserView): UserView {
  const { id, email, name, role, organizationId, isSignatory, locale } = user;
  return { id, email, name, role, organizationId, isSignatory, locale };
}
