import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../lib/routes';
import { useDirectoryStatus } from '../hooks/use-directory-status';
import { useSchemeDirectory } from '../hooks/use-scheme-directory';
import { EntryForm } from './entry-form';
import { EntryList } from './entry-list';
import '../directory.css';

/** The scheme page's "Local structures": the team's and this device's, with add, edit and remove (as on /directory). */
export function SchemeStructures({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation('directory');
  const entries = useSchemeDirectory(schemeId);
  const status = useDirectoryStatus();
  const [adding, setAdding] = useState(false);
  return (
    <section className="directory-scheme" aria-labelledby="directory-scheme-title">
      <h2 id="directory-scheme-title">{t('scheme.title')}</h2>
      {entries === undefined ? null : entries.length === 0 ? (
        <p className="muted">{t('scheme.empty')}</p>
      ) : (
        <EntryList entries={entries} coordinator={status?.role === 'coordinator'} />
      )}
      {adding ? (
        <EntryForm schemeId={schemeId} onDone={() => setAdding(false)} />
      ) : (
        <div className="field-row">
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('scheme.add')}
          </button>
          <Link to={routes.directory()}>{t('scheme.all')}</Link>
        </div>
      )}
    </section>
  );
}
