// Email and password form; shows why a sign-in failed, next to the field when a field is the reason.
import { localizeValidationMessage, loginInput } from '@daikou/domain';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-error';
import { currentLanguage } from '../../../lib/i18n';
import { useSignIn } from '../api/sign-in';

const fields = ['email', 'password'] as const;
type Field = (typeof fields)[number];
type FieldMessages = Partial<Record<Field, string>>;

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
  // Checked in the browser with the same schema the API uses, so both give the same (English) messages.
  const [invalid, setInvalid] = useState<FieldMessages>({});

  const serverError = signIn.error instanceof ApiError ? signIn.error : undefined;
  const fieldError = (field: Field) => {
    const message = invalid[field] ?? serverError?.messageFor(field);
    return message && localizeValidationMessage(message, currentLanguage());
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = loginInput.safeParse({ email: data.get('email'), password: data.get('password') });
    signIn.reset();
    if (!parsed.success) {
      const messages: FieldMessages = {};
      for (const issue of parsed.error.issues) {
        const field = fields.find((name) => name === issue.path[0]);
        if (field) messages[field] ??= issue.message;
      }
      setInvalid(messages);
      const firstInvalid = fields.find((field) => messages[field]);
      if (firstInvalid) (form.elements.namedItem(firstInvalid) as HTMLInputElement).focus();
      return;
    }
    setInvalid({});
    signIn.mutate(parsed.data, { onSuccess: onSignedIn });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
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
