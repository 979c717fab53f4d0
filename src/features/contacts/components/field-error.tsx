import { useTranslation } from 'react-i18next';
import type { ContactField, FieldError } from '../../../data/contacts/form-values';

/** Which sentence explains which error (anything else gets the generic one). */
const MESSAGES: Partial<Record<`${ContactField}.${FieldError}`, string>> = {
  'occurredAt.required': 'errors.occurredAtRequired',
  'occurredAt.invalid': 'errors.occurredAtInvalid',
  'place.tooLong': 'errors.placeTooLong',
  'people.range': 'errors.peopleRange',
  'followUpDate.invalid': 'errors.followUpDateInvalid',
  'note.tooLong': 'errors.noteTooLong',
};

export function fieldErrorId(field: ContactField): string {
  return `contact-${field}-error`;
}

/** The error under a field, in words; its id goes in the field's aria-describedby. */
export function FieldErrorText({ field, error }: { field: ContactField; error: FieldError | undefined }) {
  const { t } = useTranslation('contacts');
  if (!error) return null;
  return (
    <span id={fieldErrorId(field)} className="error-text">
      {t(MESSAGES[`${field}.${error}`] ?? 'errors.invalid')}
    </span>
  );
}
