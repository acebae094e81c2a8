// A form's message per field in the reader's language: first the browser's check with the shared schema
// (the one the API parses with), then the fields the server named in its answer.
import { localizeValidationMessage } from '@daikou/domain';
import { useState } from 'react';
import { ApiError } from './api-error';
import { currentLanguage } from './i18n';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** What a zod schema's safeParse returns, without the web app depending on zod itself. */
export type CheckResult<T> = { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };

/** Focuses the control named `field`, or the first control of a fieldset of that name. */
export function focusField(form: HTMLFormElement, field: string): void {
  const item = form.elements.namedItem(field);
  const element = item instanceof RadioNodeList ? item[0] : item;
  // A group of controls (sectors, the area picker) is a named fieldset: focus its first control.
  const target = element instanceof HTMLFieldSetElement ? element.querySelector('input, select, textarea') : element;
  if (target instanceof HTMLElement) target.focus();
}

export function useFieldErrors<F extends string>(fields: readonly F[], serverError: Error | null) {
  const [invalid, setInvalid] = useState<Partial<Record<F, string>>>({});

  function errorFor(field: F): string | undefined {
    const message = invalid[field] ?? (serverError instanceof ApiError ? serverError.messageFor(field) : undefined);
    return message && localizeValidationMessage(message, currentLanguage());
  }

  /** The checked input; or, when the check failed, nothing: each field shows its first message and the first one gets focus. */
  function accept<T>(result: CheckResult<T>, form: HTMLFormElement): T | undefined {
    if (result.success) {
      setInvalid({});
      return result.data;
    }
    const messages: Partial<Record<F, string>> = {};
    for (const issue of result.error.issues) {
      const field = fields.find((name) => name === issue.path[0]);
      if (field) messages[field] ??= issue.message;
    }
    setInvalid(messages);
    const firstInvalid = fields.find((field) => messages[field]);
    if (firstInvalid) focusField(form, firstInvalid);
    return undefined;
  }

  return { errorFor, accept };
}
