// The frame of a group of choices: a named fieldset (so a form can focus it) with its legend, the choices,
// and its error announced with it.
import { useId, type ReactNode } from 'react';

interface ChoiceFieldsetProps {
  name: string;
  legend: string;
  error?: string;
  children: ReactNode;
}

export function ChoiceFieldset({ name, legend, error, children }: ChoiceFieldsetProps) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset name={name} className="field checkbox-group" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-group-options">{children}</div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
