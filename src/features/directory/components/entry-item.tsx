import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntryRow } from '../../../platform/db/rows';
import { removeDeviceEntry } from '../../../data/directory/remove-device-entry';
import { EntryCard } from './entry-card';
import { EntryForm } from './entry-form';

interface Props {
  entry: DirectoryEntryRow;
  headingLevel?: 3 | 4;
  /** Read-only everywhere (the referral summary). */
  readOnly?: boolean;
  /** The device joined its team as coordinator. */
  coordinator?: boolean;
}

/**
 * A structure; the device's own can be edited and removed (with a confirmation). The team's are read-only, except
 * that a coordinator edits them: the edit is saved as a device entry with the same id until published ([S88]).
 * Removing a team entry is left out: deleting its row would be undone by the next sync, which stores every team
 * entry that has no device row of the same id (nothing on the device records a pending removal).
 */
export function EntryItem({ entry, headingLevel, readOnly, coordinator = false }: Props) {
  const { t } = useTranslation('directory');
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const fromTeam = entry.source === 'team';
  if (mode === 'edit') return <EntryForm entry={entry} teamEdit={fromTeam} onDone={() => setMode('view')} />;
  const editable = !readOnly && (!fromTeam || coordinator);
  const removable = !readOnly && !fromTeam;
  return (
    <EntryCard
      entry={entry}
      headingLevel={headingLevel}
      unpublished={!readOnly && coordinator && !fromTeam}
      actions={
        editable &&
        (mode === 'confirm' ? (
          <div role="group" aria-label={t('entry.confirmRemove', { name: entry.name })} className="field-row">
            <p>{t('entry.confirmRemove', { name: entry.name })}</p>
            <button
              type="button"
              className="button button--small"
              onClick={() => void removeDeviceEntry(entry.id).catch(console.error)}
            >
              {t('entry.removeConfirm')}
            </button>
            <button type="button" className="button button--small" onClick={() => setMode('view')}>
              {t('form.cancel')}
            </button>
          </div>
        ) : (
          <div className="field-row directory-entry__actions">
            <button
              type="button"
              className="button button--small"
              aria-label={t('entry.editNamed', { name: entry.name })}
              onClick={() => setMode('edit')}
            >
              {t('entry.edit')}
            </button>
            {removable && (
              <button
                type="button"
                className="button button--small"
                aria-label={t('entry.removeNamed', { name: entry.name })}
                onClick={() => setMode('confirm')}
              >
                {t('entry.remove')}
              </button>
            )}
          </div>
        ))
      }
    />
  );
}
