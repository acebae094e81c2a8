// The account form: for a new account its e-mail, name and first password too; then the role, the
// organisation (the list offers those of the kind the role belongs to), the signatory flag and the language.
import { ROLE_ORGANIZATION_KIND, ROLES } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions';
import { CheckboxField } from '../../../components/checkbox-field';
import { useLookups } from '../../../components/lookups';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-error';
import { useCheckedForm } from '../../../lib/use-checked-form';
import type { CheckResult } from '../../../lib/use-field-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { oneOf } from '../../../lib/use-url-filters';
import type { UserDraft } from './user-draft';
import { useUserOptions } from './user-options';

const fields = ['email', 'name', 'password', 'role', 'organizationId', 'isSignatory', 'locale'] as const;

interface UserFormProps<T> {
  initial: UserDraft;
  /** A new account: e-mail, name and first password are asked for too. */
  isNew: boolean;
  /** The administrator's own account: they may not take their own admin role away. */
  isOwnAccount?: boolean;
  check: (draft: UserDraft) => CheckResult<T>;
  onSubmit: (input: T) => void;
  submitting: boolean;
  error: Error | null;
  submitLabel: string;
  cancelTo?: string;
}

export function UserForm<T>({
  initial,
  isNew,
  isOwnAccount = false,
  check,
  onSubmit,
  submitting,
  error,
  submitLabel,
  cancelTo,
}: UserFormProps<T>) {
  const { t } = useTranslation();
  const { OrganizationPicker } = useLookups();
  const options = useUserOptions();
  const problemMessage = useProblemMessage();
  const { draft, set, errorFor, submit } = useCheckedForm({ initial, fields, error, check, onSubmit });
  const role = oneOf(ROLES, draft.role);
  const organizationKind = (role && ROLE_ORGANIZATION_KIND[role]) ?? undefined;
  // Saving an account unchanged would only add an empty entry to the audit log.
  const unchanged = !isNew && JSON.stringify(draft) === JSON.stringify(initial);
  const emailTaken = error instanceof ApiError && error.type.endsWith(':duplicate');
  const ownRoleRefused = error instanceof ApiError && error.type.endsWith(':conflict');

  return (
    <form className="form form-wide" noValidate onSubmit={submit}>
      {error && (
        <p role="alert" className="form-alert">
          {emailTaken ? t('users.errors.emailTaken') : ownRoleRefused ? t('users.errors.ownAccount') : problemMessage(error)}
        </p>
      )}
      {isNew && (
        <>
          <TextField
            name="email"
            type="email"
            label={t('users.fields.email')}
            autoComplete="off"
            inputMode="email"
            spellCheck={false}
            required
            value={draft.email}
            error={emailTaken ? t('users.errors.emailTaken') : errorFor('email')}
            onChange={(event) => set({ email: event.target.value })}
          />
          <TextField
            name="name"
            label={t('users.fields.name')}
            required
            value={draft.name}
            error={errorFor('name')}
            onChange={(event) => set({ name: event.target.value })}
          />
          <TextField
            name="password"
            type="password"
            label={t('users.fields.password')}
            hint={t('users.passwordPolicy')}
            autoComplete="new-password"
            required
            value={draft.password}
            error={errorFor('password')}
            onChange={(event) => set({ password: event.target.value })}
          />
        </>
      )}
      <SelectField
        name="role"
        label={t('users.fields.role')}
        emptyLabel={t('common.choose')}
        options={options.roles}
        required
        disabled={isOwnAccount}
        value={draft.role}
        error={errorFor('role')}
        onValueChange={(value) => set({ role: value })}
      />
      {isOwnAccount && <p className="field-hint">{t('users.form.ownRole')}</p>}
      <OrganizationPicker
        name="organizationId"
        label={t('users.fields.organization')}
        hint={organizationKind && t(`users.form.organizationOfKind.${organizationKind}`)}
        kind={organizationKind}
        value={draft.organizationId}
        error={errorFor('organizationId')}
        onChange={(organizationId) => set({ organizationId })}
      />
      <CheckboxField
        name="isSignatory"
        label={t('users.fields.isSignatory')}
        hint={t('users.form.signatoryHint')}
        checked={draft.isSignatory}
        onCheckedChange={(isSignatory) => set({ isSignatory })}
      />
      <SelectField
        name="locale"
        label={t('users.fields.locale')}
        options={options.locales}
        value={draft.locale}
        error={errorFor('locale')}
        onValueChange={(locale) => set({ locale })}
      />
      <FormActions submitLabel={submitLabel} submitting={submitting} disabled={unchanged} cancelTo={cancelTo} />
    </form>
  );
}
