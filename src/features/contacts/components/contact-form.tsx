import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ContactDraftRow } from '../../../data/contacts/contact-store';
import { routes } from '../../../shared/routes';
import { AGE_BANDS, SIGNALS, type ContactBody } from '../../../shared/protocol/protocol';
import type { SchemeOption } from '../../../data/content/form-choices';
import type { TopicOption } from '../../../data/content/form-choices';
import { hasTeam } from '../../../data/team/has-team';
import { saveContact, saveContactForm } from '../../../data/contacts/save-contact';
import {
  buildContactBody,
  NOTE_MAX,
  valuesFromDraft,
  type ContactField,
  type ContactFormValues,
  type FieldErrors,
} from '../../../data/contacts/form-values';
import { useDraftAutosave } from '../hooks/use-draft-autosave';
import { formatDateTime } from '../format';
import { CheckboxGroup } from './checkbox-group';
import { ContactBasics } from './contact-basics';
import { fieldErrorId, FieldErrorText } from './field-error';
import { PersonalDataWarning } from './personal-data-warning';
import { SchemePicker } from './scheme-picker';

export interface ContactListNotice {
  /** `savedLocal`: saved on a device in no team, where nothing is sent anywhere (issue #15). */
  contactNotice: 'saved' | 'savedLocal' | 'deleted';
}

interface Props {
  draftKey: string;
  storedDraft: ContactDraftRow | null;
  /** The values without a draft: now for a new contact, the stored ones for an edit. */
  startValues: () => ContactFormValues;
  /** The stored body of the contact being edited. */
  base?: ContactBody;
  contactId?: string;
  options: { topics: TopicOption[]; schemes: SchemeOption[]; places: string[] };
}

const FIELD_ORDER: readonly ContactField[] = ['occurredAt', 'place', 'people', 'followUpDate', 'note'];

/** The contact form: every change autosaved as a draft, the body checked against the wire schema on save. */
export function ContactForm({ draftKey, storedDraft, startValues, base, contactId, options }: Props) {
  const { t, i18n } = useTranslation('contacts');
  const navigate = useNavigate();
  const autosave = useDraftAutosave(draftKey);
  const [values, setValues] = useState(() =>
    storedDraft ? valuesFromDraft(storedDraft.values, startValues()) : startValues(),
  );
  // Mirrors `values` for handlers that run before React re-renders (fast typing, save right after a change).
  const latest = useRef(values);
  const [hasDraft, setHasDraft] = useState(storedDraft !== null);
  const [restoredAt, setRestoredAt] = useState(storedDraft?.updatedAt);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<'idle' | 'failed' | 'discarded'>('idle');
  // A ref, not state: a re-render between the click and the write would delay the write (and a second tap
  // during that time must not save twice).
  const saving = useRef(false);

  const change = (patch: Partial<ContactFormValues>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setValues(next);
    setHasDraft(true);
    setStatus('idle');
    setErrors((current) => {
      const rest = { ...current };
      for (const key of Object.keys(patch)) delete rest[key as ContactField];
      return rest;
    });
    void autosave.save(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving.current) return;
    const result = buildContactBody(latest.current, base);
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) document.getElementById(`contact-${first}`)?.focus();
      return;
    }
    saving.current = true;
    try {
      // Over a stored contact, the referrals written at the moment of saving are kept (a tick just before Save).
      await (contactId ? saveContactForm(result.body, contactId) : saveContact(result.body));
    } catch (error) {
      console.error(error);
      saving.current = false;
      setStatus('failed');
      return;
    }
    // Only now: the draft is the user's text until the contact itself is stored.
    await autosave.clear();
    // A device in no team keeps the contact: the notice must not promise a server that does not exist.
    const joined = await hasTeam().catch(() => true);
    const notice: ContactListNotice = { contactNotice: joined ? 'saved' : 'savedLocal' };
    navigate(routes.contacts(), { state: notice });
  };

  const discard = async () => {
    await autosave.clear();
    const fresh = startValues();
    latest.current = fresh;
    setValues(fresh);
    setHasDraft(false);
    setRestoredAt(undefined);
    setErrors({});
    setStatus('discarded');
  };

  const errorCount = Object.keys(errors).length;

  return (
    // autoComplete off: Chromium otherwise saves the typed fields in its session-restore files, in clear, outside
    // the app's encrypted storage (issue #6, found by tests/browser/encryption.test.ts).
    <form className="contact-form" noValidate autoComplete="off" onSubmit={(event) => void submit(event)}>
      {restoredAt && (
        <p className="callout contact-form__restored">
          {t('draft.restored', { time: formatDateTime(restoredAt, i18n.language) })}
        </p>
      )}
      {autosave.failed && (
        <p role="alert" className="error-text">
          {t('draft.saveFailed')}
        </p>
      )}
      <ContactBasics values={values} errors={errors} places={options.places} onChange={change} />
      <CheckboxGroup
        id="contact-age"
        legend={t('fields.ageBands')}
        options={AGE_BANDS.map((band) => ({ value: band, label: t(`ageBands.${band}`) }))}
        selected={values.ageBands}
        onChange={(ageBands) => change({ ageBands })}
      />
      <CheckboxGroup
        id="contact-signal"
        legend={t('fields.signals')}
        options={SIGNALS.map((signal) => ({ value: signal, label: t(`signals.${signal}`) }))}
        selected={values.signals}
        onChange={(signals) => change({ signals })}
      />
      <CheckboxGroup
        id="contact-topic"
        legend={t('fields.topics')}
        options={options.topics.map((topic) => ({ value: topic.id, label: topic.title }))}
        selected={values.topics}
        onChange={(topics) => change({ topics })}
      />
      <SchemePicker schemes={options.schemes} selected={values.schemes} onChange={(schemes) => change({ schemes })} />
      <div className="field">
        <label htmlFor="contact-followUpDate">{t('fields.followUpDate')}</label>
        <input
          id="contact-followUpDate"
          type="date"
          value={values.followUpDate}
          onChange={(event) => change({ followUpDate: event.target.value })}
          aria-invalid={Boolean(errors.followUpDate)}
          aria-describedby={errors.followUpDate ? fieldErrorId('followUpDate') : undefined}
        />
        <FieldErrorText field="followUpDate" error={errors.followUpDate} />
      </div>
      <div className="field">
        <label htmlFor="contact-note">{t('fields.note')}</label>
        <textarea
          id="contact-note"
          rows={5}
          maxLength={NOTE_MAX}
          value={values.note}
          onChange={(event) => change({ note: event.target.value })}
          aria-invalid={Boolean(errors.note)}
          aria-describedby={['contact-note-hint', errors.note && fieldErrorId('note')].filter(Boolean).join(' ')}
        />
        {/* Right under the text: on a phone the keyboard hides whatever is further down. */}
        <PersonalDataWarning field="note" text={values.note} />
        <span id="contact-note-hint" className="muted">
          {t('hints.note', { count: values.note.length, max: NOTE_MAX })}
        </span>
        <FieldErrorText field="note" error={errors.note} />
      </div>
      <div className="contact-form__actions">
        {errorCount > 0 && (
          <p role="alert" className="error-text">
            {errors.form ? t('errors.form') : t('errors.summary', { count: errorCount })}
          </p>
        )}
        {status === 'failed' && (
          <p role="alert" className="error-text">
            {t('form.saveFailed')}
          </p>
        )}
        <p role="status" className="visually-hidden">
          {status === 'discarded' ? t('draft.discarded') : ''}
        </p>
        <div className="contact-form__buttons">
          {hasDraft && (
            <button type="button" className="button" onClick={() => void discard()}>
              {t('draft.discard')}
            </button>
          )}
          <button type="submit" className="button button--primary contact-form__save">
            {t('form.save')}
          </button>
        </div>
      </div>
    </form>
  );
}
