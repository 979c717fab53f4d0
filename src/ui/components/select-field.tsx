/**
 * A labelled choice among a few (the design system's select: docs/DESIGN-SYSTEM.md): the visible label above
 * the native select, which phones show as their own picker. Filters of the contacts list and of the dashboard.
 */
export interface SelectOption {
  value: string;
  label: string;
}

interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** An option first, with the value '', for "all" or "none". */
  emptyOption?: string;
}

export function SelectField({ id, label, value, options, onChange, emptyOption }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
