// A labelled multi-line input with an optional hint and its error message under it.
import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

export function TextareaField({ name, label, hint, error, ...textarea }: TextareaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => <textarea name={name} {...control} {...textarea} />}
    </FieldFrame>
  );
}
