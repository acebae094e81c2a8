// One choice among a few under one legend; the labels may be components (e.g. an organisation's name looked
// up by its id).
import type { ReactNode } from 'react';
import { ChoiceFieldset } from './choice-fieldset';

export interface RadioOption {
  value: string;
  label: ReactNode;
}

interface RadioGroupProps {
  name: string;
  legend: string;
  options: readonly RadioOption[];
  value: string;
  error?: string;
  onValueChange: (value: string) => void;
}

export function RadioGroup({ name, legend, options, value, error, onValueChange }: RadioGroupProps) {
  return (
    <ChoiceFieldset name={name} legend={legend} error={error}>
      {options.map((option) => (
        <label key={option.value} className="checkbox-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onValueChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </ChoiceFieldset>
  );
}
