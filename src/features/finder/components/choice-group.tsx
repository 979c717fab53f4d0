import type { ReactNode } from 'react';

export interface Choice {
  value: string;
  label: ReactNode;
}

interface Props {
  /** The radios' name and the prefix of their ids (unique in the page). */
  name: string;
  legend: ReactNode;
  /** The "don't know" choice, first and checked by default: an unanswered question. */
  dontKnow: ReactNode;
  choices: readonly Choice[];
  /** '' when unanswered. */
  value: string;
  onChange: (value: string) => void;
}

/** A question as a group of radios with a visible legend; "don't know" clears the answer. */
export function ChoiceGroup({ name, legend, dontKnow, choices, value, onChange }: Props) {
  const all = [{ value: '', label: dontKnow }, ...choices];
  return (
    <fieldset className="finder-question">
      <legend>{legend}</legend>
      <ul className="finder-choices">
        {all.map((choice) => {
          const id = `${name}-${choice.value || 'unknown'}`;
          return (
            <li key={choice.value}>
              <input
                id={id}
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
              />
              <label htmlFor={id}>{choice.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
