// Messages for a form with lists of entries (a proposal's parties, contributions, risks): each message belongs
// to a path such as "contributions.0.description", which is also the name of the control that shows it.
// First the browser's check with the shared schema, then the paths the server named.
import { localizeValidationMessage } from '@daikou/domain';
import { useState } from 'react';
import { ApiError } from './api-error';
import { currentLanguage } from './i18n';
import { focusField, type CheckResult } from './use-field-errors';

export function usePathErrors(serverError: Error | null) {
  const [invalid, setInvalid] = useState<Readonly<Record<string, string>>>({});

  function errorAt(path: string): string | undefined {
    const message = invalid[path] ?? (serverError instanceof ApiError ? serverError.messageAt(path) : undefined);
    return message && localizeValidationMessage(message, currentLanguage());
  }

  /** The checked input; or nothing, when each invalid place now shows its first message and the first one has focus. */
  function accept<T>(result: CheckResult<T>, form: HTMLFormElement): T | undefined {
    if (result.success) {
      setInvalid({});
      return result.data;
    }
    const messages: Record<string, string> = {};
    for (const issue of result.error.issues) messages[issue.path.map(String).join('.')] ??= issue.message;
    setInvalid(messages);
    const first = Object.keys(messages).find((path) => form.elements.namedItem(path) !== null);
    if (first) focusField(form, first);
    return undefined;
  }

  return { errorAt, accept };
}
