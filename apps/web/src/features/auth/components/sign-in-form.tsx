// Email and password form; shows why a sign-in failed, next to the field when a field is the reason.
import type { TFunction } from 'i18next';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-error';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useSignIn } from '../api/sign-in';

const fields = ['email', 'password'] as const;
const loadSchema = () => import('./login-schema');

function failureMessage(error: Error, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('signIn.errors.unreachable');
  switch (error.status) {
    case 401:
      return t('signIn.errors.wrongCredentials');
    case 423:
      return t('signIn.errors.locked');
    case 429:
      return t('signIn.errors.tooManyAttempts');
    case 400:
    case 422:
      return t('signIn.errors.invalidInput');
    // A proxy or load balancer answering for an API that is down.
    case 502:
    case 503:
    case 504:
      return t('signIn.errors.unreachable');
    default:
      return t('signIn.errors.unexpected');
  }
}

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  // Checked in the browser with the same schema the API uses, so both give the same messages.
  const { errorFor: fieldError, accept } = useFieldErrors(fields, signIn.error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    signIn.reset();
    const { loginInput } = await loadSchema();
    const parsed = loginInput.safeParse({ email: data.get('email'), password: data.get('password') });
    const input = accept(parsed, form);
    if (input) signIn.mutate(input, { onSuccess: onSignedIn });
  }

  // The schema (and zod) is fetched once the reader starts on the form, not with the first screen.
  return (
    <form className="form" noValidate onFocus={() => void loadSchema()} onSubmit={(event) => void submit(event)}>
      {signIn.error && (
        <p role="alert" className="form-alert">
          {failureMessage(signIn.error, t)}
        </p>
      )}
      <TextField
        name="email"
        type="email"
        label={t('signIn.email')}
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
        error={fieldError('email')}
      />
      <TextField
        name="password"
        type="password"
        label={t('signIn.password')}
        autoComplete="current-password"
        required
        error={fieldError('password')}
      />
      <button type="submit" className="button button-primary" disabled={signIn.isPending}>
        {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
