// A form's draft, checked with the shared schema on submit: the checked input goes to `onSubmit`, or each
// invalid field shows its message (see use-field-errors) and nothing is sent.
import { useState, type FormEvent } from 'react';
import { useFieldErrors, type CheckResult } from './use-field-errors';

interface CheckedFormOptions<D, F extends string, T> {
  initial: D;
  /** The fields that show their own message (and get focus when first invalid). */
  fields: readonly F[];
  /** The server's refusal of the last submit, if any. */
  error: Error | null;
  check: (draft: D) => CheckResult<T>;
  onSubmit: (input: T) => void;
}

export function useCheckedForm<D, F extends string, T>({ initial, fields, error, check, onSubmit }: CheckedFormOptions<D, F, T>) {
  const [draft, setDraft] = useState(initial);
  const { errorFor, accept } = useFieldErrors(fields, error);
  return {
    draft,
    set: (change: Partial<D>) => setDraft({ ...draft, ...change }),
    errorFor,
    submit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      const input = accept(check(draft), event.currentTarget);
      if (input !== undefined) onSubmit(input);
    },
  };
}
