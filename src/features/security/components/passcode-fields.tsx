import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Which field it is; not passed to the browser (see below). */
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  /** The id of an error message describing this field. */
  errorId?: string;
}

/** A passcode input with its visible label (and hint), as every passcode form of the app needs. */
export function PasscodeField({ label, value, onChange, autoComplete, hint, errorId }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : undefined, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="password"
        value={value}
        // Issue #13: the app's passcode is not a website password; a password manager that saved it would keep
        // it next to the phone's files it protects. `off` asks browsers not to offer saving or filling it.
        autoComplete="off"
        data-field={autoComplete}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
