// Several choices under one legend (a named fieldset, so a form can focus it); its error is announced with it.
import { useId } from 'react';
import type { SelectOption } from './select-field';

interface CheckboxGroupProps {
  name: string;
  legend: string;
  options: readonly SelectOption[];
  values: readonly string[];
  error?: string;
  onValuesChange: (values: string[]) => void;
}

export function CheckboxGroup({ name, legend, options, values, error, onValuesChange }: CheckboxGroupProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const toggle = (value: string, checked: boolean) =>
    // Kept in the options' order, whatever order they were ticked in.
    onValuesChange(options.map((option) => option.value).filter((v) => (v === value ? checked : values.includes(v))));
  return (
    <fieldset name={name} className="field checkbox-group" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-group-options">
        {options.map((option) => (
          <label key={option.value} className="checkbox-option">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
