import { useId } from 'react';

export interface RadioOption<T extends string | number> {
  value: T;
  label: string;
  /** Language of the label, for names of languages written in their own language. */
  lang?: string;
}

interface Props<T extends string | number> {
  legend: string;
  name: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A fieldset of radio buttons, each with its own visible label: large tap targets, keyboard arrows work. */
export function RadioGroup<T extends string | number>({ legend, name, options, value, onChange }: Props<T>) {
  const id = useId();
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {options.map((option) => {
        const inputId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="radio-group__option">
            <input
              type="radio"
              id={inputId}
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={inputId} lang={option.lang}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
