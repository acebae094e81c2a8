// Sets a new password for someone who lost theirs; the server then ends all their sessions.
import { userUpdateInput } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useUpdateUser } from '../api/update-user';

export function PasswordResetForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const problemMessage = useProblemMessage();
  const [password, setPassword] = useState('');
  const { errorFor, accept } = useFieldErrors(['password'], update.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.reset();
    const patch = accept(userUpdateInput.safeParse({ password }), event.currentTarget);
    if (patch) update.mutate({ id: userId, patch }, { onSuccess: () => setPassword('') });
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="password-heading">
      <h2 id="password-heading">{t('users.password.title')}</h2>
      {update.isSuccess && (
        <p role="status" className="form-success">
          {t('users.password.done')}
        </p>
      )}
      {update.error && !errorFor('password') && (
        <p role="alert" className="form-alert">
          {problemMessage(update.error)}
        </p>
      )}
      <TextField
        name="password"
        type="password"
        label={t('users.password.newPassword')}
        hint={t('users.passwordPolicy')}
        autoComplete="new-password"
        required
        value={password}
        error={errorFor('password')}
        onChange={(event) => setPassword(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-quiet" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('users.password.submit')}
        </button>
      </div>
    </form>
  );
}
