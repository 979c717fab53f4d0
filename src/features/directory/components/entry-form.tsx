import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../../../shared/directory/schema';
import { saveDeviceEntry } from '../../../data/directory/save-device-entry';
import { checkEntry, valuesOf, type EntryProblems, type EntryValues, type FormField } from '../entry-values';
import type { SchemeLabel } from '../../../data/content';

interface Props {
  /** The entry being edited; a new one otherwise. */
  entry?: DirectoryEntry;
  /** Fixed scheme (the scheme page), or the choices (the directory page). */
  schemeId?: string;
  schemes?: readonly SchemeLabel[];
  onDone: (saved: DirectoryEntry | undefined) => void;
  /** Editing a team entry (coordinator): say that the change waits for the next publication. */
  teamEdit?: boolean;
}

const MULTI_LINE: ReadonlySet<FormField> = new Set(['address', 'openingHours', 'notes']);
const INPUT_TYPE: Partial<Record<FormField, string>> = { phone: 'tel', email: 'email', mapUrl: 'url' };
const AUTOCOMPLETE: Partial<Record<FormField, string>> = { phone: 'off', email: 'off' };

/** Add or edit a structure of this device. Checked against [S71] on save; every problem under its field. */
export function EntryForm({ entry, schemeId = '', schemes, onDone, teamEdit = false }: Props) {
  const { t } = useTranslation('directory');
  const formId = useId();
  const [values, setValues] = useState<EntryValues>(() => valuesOf(entry, schemeId));
  const [problems, setProblems] = useState<EntryProblems>({});
  const [failed, setFailed] = useState(false);
  const id = useState(() => entry?.id ?? crypto.randomUUID())[0];

  const fieldId = (field: string) => `${formId}-${field}`;
  const errorId = (field: string) => `${formId}-${field}-error`;
  const set = (field: keyof EntryValues, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkEntry(id, values);
    if (!checked.ok) {
      setProblems(checked.problems);
      const first = Object.keys(checked.problems)[0];
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setProblems({});
    saveDeviceEntry(checked.entry).then(
      (saved) => onDone(saved),
      (error: unknown) => {
        console.error(error);
        setFailed(true);
      },
    );
  };

  const errorText = (field: FormField | 'schemeId') => {
    const problem = problems[field];
    if (!problem) return null;
    return (
      <span id={errorId(field)} className="error-text">
        {t(problem.key, { max: problem.max })}
      </span>
    );
  };

  return (
    <form className="directory-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <p id={`${formId}-title`} className="directory-form__title">
        {entry ? t('form.editTitle', { name: entry.name }) : t('form.addTitle')}
      </p>
      {teamEdit && <p className="muted">{t('form.teamEditHint')}</p>}
      {schemes && (
        <div className="field">
          <label htmlFor={fieldId('schemeId')}>{t('fields.scheme')}</label>
          <select
            id={fieldId('schemeId')}
            value={values.schemeId}
            onChange={(event) => set('schemeId', event.target.value)}
            aria-invalid={problems.schemeId ? true : undefined}
            aria-describedby={problems.schemeId ? errorId('schemeId') : undefined}
          >
            <option value="">{t('form.chooseScheme')}</option>
            {schemes.map((scheme) => (
              <option key={scheme.id} value={scheme.id}>
                {scheme.label}
              </option>
            ))}
          </select>
          {errorText('schemeId')}
        </div>
      )}
      {(['name', 'address', 'phone', 'email', 'openingHours', 'notes', 'mapUrl'] as const).map((field) => {
        const hint = field === 'notes' || field === 'mapUrl' ? `${formId}-${field}-hint` : undefined;
        const describedBy = [hint, problems[field] ? errorId(field) : undefined].filter(Boolean).join(' ');
        const common = {
          id: fieldId(field),
          value: values[field],
          'aria-invalid': problems[field] ? true : undefined,
          'aria-describedby': describedBy || undefined,
        };
        return (
          <div className="field" key={field}>
            <label htmlFor={fieldId(field)}>
              {t(`fields.${field}`)}
              {field === 'name' ? ` ${t('form.required')}` : ''}
            </label>
            {hint && (
              <span id={hint} className="muted">
                {t(`form.${field}Hint`)}
              </span>
            )}
            {MULTI_LINE.has(field) ? (
              <textarea {...common} rows={3} onChange={(event) => set(field, event.target.value)} />
            ) : (
              <input
                {...common}
                type={INPUT_TYPE[field] ?? 'text'}
                autoComplete={AUTOCOMPLETE[field]}
                onChange={(event) => set(field, event.target.value)}
              />
            )}
            {errorText(field)}
          </div>
        );
      })}
      {Object.keys(problems).length > 0 && (
        <p role="alert" className="error-text">
          {t('form.fix')}
        </p>
      )}
      {failed && (
        <p role="alert" className="error-text">
          {t('form.saveFailed')}
        </p>
      )}
      <div className="field-row">
        <button type="submit" className="button button--primary">
          {t('form.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(undefined)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
