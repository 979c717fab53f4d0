import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntryRow } from '../../../platform/db/rows';
import { mailtoHref, mapHref, telHref } from '../../../shared/directory/contact-links';

interface Props {
  entry: DirectoryEntryRow;
  /** Edit and remove, for the device's own entries (and edit for the team's, on a coordinator's device). */
  actions?: ReactNode;
  /** A coordinator's device entry: the next publication sends it (an addition, or an edit of a team entry). */
  unpublished?: boolean;
  /** Heading level of the structure's name inside the page (h3 under a scheme's h2 by default). */
  headingLevel?: 3 | 4;
}

/** One local structure with one-tap call, write and map links ([S71]). */
export function EntryCard({ entry, actions, unpublished = false, headingLevel = 3 }: Props) {
  const { t } = useTranslation('directory');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const tel = entry.phone ? telHref(entry.phone) : null;
  const mailto = entry.email ? mailtoHref(entry.email) : null;
  const map = mapHref(entry);
  return (
    <article className="card directory-entry" aria-labelledby={`directory-entry-${entry.id}`}>
      <Heading id={`directory-entry-${entry.id}`} className="directory-entry__name">
        {entry.name}
      </Heading>
      <p className="directory-entry__source">
        <span className={`tag directory-entry__tag--${entry.source}`}>
          {entry.source === 'team' ? t('entry.fromTeam') : t('entry.fromDevice')}
        </span>
        {unpublished && (
          <>
            {' '}
            <span className="tag directory-entry__tag--unpublished">{t('entry.unpublished')}</span>
          </>
        )}
      </p>
      {entry.address && (
        <p className="directory-entry__multiline">
          <span className="visually-hidden">{t('fields.address')} </span>
          {entry.address}
        </p>
      )}
      {(tel || mailto || map) && (
        <ul className="directory-entry__links">
          {tel && entry.phone && (
            <li>
              <a className="button button--small" href={tel}>
                {t('entry.call', { phone: entry.phone })}
              </a>
            </li>
          )}
          {mailto && entry.email && (
            <li>
              <a className="button button--small directory-entry__email" href={mailto}>
                {t('entry.write', { email: entry.email })}
              </a>
            </li>
          )}
          {map && (
            <li>
              <a className="button button--small" href={map} target="_blank" rel="noopener noreferrer">
                {t('entry.map')}
              </a>
            </li>
          )}
        </ul>
      )}
      {entry.openingHours && (
        <>
          <p className="directory-entry__label">{t('fields.openingHours')}</p>
          <p className="directory-entry__multiline">{entry.openingHours}</p>
        </>
      )}
      {entry.notes && (
        <>
          <p className="directory-entry__label">{t('fields.notes')}</p>
          <p className="directory-entry__multiline">{entry.notes}</p>
        </>
      )}
      {actions}
    </article>
  );
}
