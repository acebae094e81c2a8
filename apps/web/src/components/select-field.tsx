// A labelled drop-down list; the first option may stand for "none" or "any".
import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name' | 'onChange'> {
  name: string;
  label: string;
  hint?: string;
  options: readonly SelectOption[];
  /** The text of the empty first option; without it every choice is a value. */
  emptyLabel?: string;
  error?: string;
  onValueChange: (value: string) => void;
}

export function SelectField({ name, label, hint, options, emptyLabel, error, onValueChange, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => (
        <select name={name} {...control} onChange={(event) => onValueChange(event.target.value)} {...select}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
