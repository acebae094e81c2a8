// Several choices under one legend; its error is announced with it.
import { ChoiceFieldset } from './choice-fieldset';
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
  const toggle = (value: string, checked: boolean) =>
    // Kept in the options' order, whatever order they were ticked in.
    onValuesChange(options.map((option) => option.value).filter((v) => (v === value ? checked : values.includes(v))));
  return (
    <ChoiceFieldset name={name} legend={legend} error={error}>
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
    </ChoiceFieldset>
  );
}
