import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS } from '../../../shared/protocol/protocol';
import { PEOPLE_MAX, PLACE_MAX, type ContactFormValues, type FieldErrors } from '../../../data/contacts/form-values';
import { fieldErrorId, FieldErrorText } from './field-error';
import { PersonalDataWarning } from './personal-data-warning';

interface Props {
  values: ContactFormValues;
  errors: FieldErrors;
  places: readonly string[];
  onChange: (patch: Partial<ContactFormValues>) => void;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** When, where, what kind of contact, how many people: the first things a mediator notes. */
export function ContactBasics({ values, errors, places, onChange }: Props) {
  const { t } = useTranslation('contacts');
  return (
    <fieldset className="contact-fieldset">
      <legend>{t('form.when')}</legend>
      <div className="contact-basics">
        <div className="field">
          <label htmlFor="contact-occurredAt">
            {t('fields.occurredAt')} <span className="contact-required">{t('form.required')}</span>
          </label>
          <input
            id="contact-occurredAt"
            type="datetime-local"
            required
            value={values.occurredAt}
            onChange={(event) => onChange({ occurredAt: event.target.value })}
            aria-invalid={Boolean(errors.occurredAt)}
            aria-describedby={describedBy(errors.occurredAt && fieldErrorId('occurredAt'))}
          />
          <FieldErrorText field="occurredAt" error={errors.occurredAt} />
        </div>
        <div className="field">
          <label htmlFor="contact-place">{t('fields.place')}</label>
          <input
            id="contact-place"
            type="text"
            list="contact-places"
            maxLength={PLACE_MAX}
            autoComplete="off"
            enterKeyHint="next"
            value={values.place}
            onChange={(event) => onChange({ place: event.target.value })}
            aria-invalid={Boolean(errors.place)}
            aria-describedby={describedBy('contact-place-hint', errors.place && fieldErrorId('place'))}
          />
          <span id="contact-place-hint" className="muted">
            {t('hints.place')}
          </span>
          <datalist id="contact-places">
            {places.map((place) => (
              <option key={place} value={place} />
            ))}
          </datalist>
          <FieldErrorText field="place" error={errors.place} />
          <PersonalDataWarning field="place" text={values.place} />
        </div>
        <div className="field">
          <label htmlFor="contact-kind">{t('fields.kind')}</label>
          <select
            id="contact-kind"
            value={values.kind}
            onChange={(event) => onChange({ kind: event.target.value as ContactFormValues['kind'] })}
          >
            <option value="">{t('kinds.none')}</option>
            {CONTACT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="contact-people">{t('fields.people')}</label>
          <input
            id="contact-people"
            type="number"
            inputMode="numeric"
            min={1}
            max={PEOPLE_MAX}
            step={1}
            value={values.people}
            onChange={(event) => onChange({ people: event.target.value })}
            aria-invalid={Boolean(errors.people)}
            aria-describedby={describedBy(errors.people && fieldErrorId('people'))}
          />
          <FieldErrorText field="people" error={errors.people} />
        </div>
      </div>
    </fieldset>
  );
}
