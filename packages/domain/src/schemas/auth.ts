import { z } from 'zod';
import { email, inputObject, message } from './fields.js';
import { PASSWORD_MAX_LENGTH, passwordPolicy } from './password.js';

export const loginInput = inputObject({
  email,
  // Existing passwords may predate the current policy: at login only presence and the upper bound count.
  password: z
    .string(message('password_missing'))
    .min(1, message('password_missing'))
    .max(PASSWORD_MAX_LENGTH, message('password_too_long')),
});
export type LoginInput = z.infer<typeof loginInput>;

/** Changing the own password: the current one proves it is the user, the new one follows the policy. */
export const passwordChangeInput = inputObject({
  currentPassword: loginInput.shape.password,
  newPassword: passwordPolicy,
});
export type PasswordChangeInput = z.infer<typeof passwordChangeInput>;
