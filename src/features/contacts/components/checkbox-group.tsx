import type { ReactNode } from 'react';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
}

interface ListProps<T extends string> {
  /** Prefix of the inputs' ids (unique in the page). */
  id: string;
  options: readonly CheckboxOption[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}

/** Large checkboxes (the whole row is the tap target), in the options' order. */
export function CheckboxList<T extends string>({ id, options, selected, onChange }: ListProps<T>) {
  const toggle = (value: T, checked: boolean) => {
    const set = new Set<string>(selected);
    if (checked) set.add(value);
    else set.delete(value);
    // The options' order, so the stored list does not depend on the order of the taps; values not shown
    // (filtered out, or dropped by a content update) are kept, never lost by a tap on another box.
    const shown = options.map((option) => option.value);
    const hidden = selected.filter((value) => !shown.includes(value));
    onChange([...shown.filter((value): value is T => set.has(value)), ...hidden]);
  };
  return (
    <ul className="contact-choices">
      {options.map((option) => {
        const inputId = `${id}-${option.value}`;
        return (
          <li key={option.value}>
            <input
              id={inputId}
              type="checkbox"
              className="contact-choices__box"
              checked={selected.includes(option.value as T)}
              onChange={(event) => toggle(option.value as T, event.target.checked)}
            />
            <label htmlFor={inputId} className="contact-choices__label">
              {option.label}
            </label>
          </li>
        );
      })}
    </ul>
  );
}

/** A fieldset of {@link CheckboxList} with its legend. */
export function CheckboxGroup<T extends string>({ legend, ...props }: ListProps<T> & { legend: ReactNode }) {
  return (
    <fieldset className="contact-fieldset">
      <legend>{legend}</legend>
      <CheckboxList {...props} />
    </fieldset>
  );
}
