import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../ui/components/page-loading';
import type { ContactRow } from '../../../data/contacts/contact-store';
import { foldText } from '../../../shared/text/fold-text';
import { formatDay } from '../format';
import { useRecentContacts } from '../../../data/contacts/referrals/use-recent-contacts';

/** How many of the latest contacts are offered: a referral is usually started the day of the contact. */
export const PICKER_LIMIT = 50;

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function formatTime(iso: string, language: string): string {
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
    timeFormats.set(language, format);
  }
  return format.format(new Date(iso));
}

interface Props {
  busy: boolean;
  onPick: (contactId: string) => void;
}

/** The latest contacts, newest first, filtered by date or place as typed (accents and case ignored). */
export function ContactPicker({ busy, onPick }: Props) {
  const { t, i18n } = useTranslation('referrals');
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const rows = useRecentContacts(PICKER_LIMIT);
  if (rows === undefined) return <PageLoading />;

  const describe = (row: ContactRow) => {
    const day = formatDay(row.occurredAt, i18n.language);
    const time = formatTime(row.occurredAt, i18n.language);
    return { when: `${day}, ${time}`, place: row.body?.place ?? '' };
  };
  const words = foldText(filter).split(' ').filter(Boolean);
  const shown = rows.filter((row) => {
    const { when, place } = describe(row);
    // The ISO day too, so "2026-03-14" and "14/03" style searches find the contact.
    const haystack = foldText(`${when} ${place} ${row.occurredAt.slice(0, 10)}`);
    return words.every((word) => haystack.includes(word));
  });

  return (
    <>
      <div className="field">
        <label htmlFor={filterId}>{t('start.filter')}</label>
        <input id={filterId} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </div>
      <p role="status" className="muted">
        {rows.length === 0 ? t('start.noContacts') : t('start.count', { count: shown.length })}
      </p>
      <ul className="card-list referral-picker">
        {shown.map((row) => {
          const { when, place } = describe(row);
          return (
            <li key={row.id} className="card referral-picker__item">
              <span className="card__title">{when}</span>
              <span className="card__meta">{place || t('start.noPlace')}</span>
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                onClick={() => onPick(row.id)}
                aria-label={t('start.attachTo', { contact: place ? `${when}, ${place}` : when })}
              >
                {t('start.attach')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
