import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../ui/components/page-loading';
import { routes } from '../../../shared/routes';
import { useDocumentTitle } from '../../../ui/hooks/use-document-title';
import { useDirectory } from '../../../data/directory/use-directory';
import { useDirectoryStatus } from '../../../data/directory/use-directory-status';
import { EntryForm } from './entry-form';
import { EntryList } from './entry-list';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { PublishPanel } from './publish-panel';
import '../directory.css';

/** /directory: every local structure, by scheme; add, import, export and (coordinator) publish. */
export function DirectoryView() {
  const { t } = useTranslation('directory');
  useDocumentTitle(t('title'));
  const data = useDirectory();
  const status = useDirectoryStatus();
  const [adding, setAdding] = useState(false);
  if (data === undefined || status === undefined) return <PageLoading />;
  const { entries, schemes } = data;
  const schemeIds = new Set(schemes.map((scheme) => scheme.id));
  const groups = schemes
    .map((scheme) => ({ scheme, entries: entries.filter((entry) => entry.schemeId === scheme.id) }))
    .filter((group) => group.entries.length > 0);
  // Entries of a scheme the installed pack does not know (a newer pack on the coordinator's device).
  const others = entries.filter((entry) => !schemeIds.has(entry.schemeId));
  const deviceCount = entries.filter((entry) => entry.source === 'device').length;
  const coordinator = status.role === 'coordinator';

  return (
    <div className="directory">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="muted">
        {status.meta && status.meta.version > 0
          ? t('teamVersion', { version: status.meta.version, team: status.team ?? '' })
          : status.role
            ? t('teamNone', { team: status.team ?? '' })
            : t('notJoined')}
      </p>
      <p className="muted">{t('privacy')}</p>
      {adding ? (
        <EntryForm schemes={schemes} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('add')}
        </button>
      )}
      <p role="status" className="muted">
        {t('count', { count: entries.length })}
      </p>
      {groups.map(({ scheme, entries: schemeEntries }) => (
        <section key={scheme.id} aria-labelledby={`directory-group-${scheme.id}`}>
          <h2 id={`directory-group-${scheme.id}`}>
            <Link to={routes.scheme(scheme.id)}>{scheme.label}</Link>
          </h2>
          <EntryList entries={schemeEntries} coordinator={coordinator} />
        </section>
      ))}
      {others.length > 0 && (
        <section aria-labelledby="directory-group-other">
          <h2 id="directory-group-other">{t('otherSchemes')}</h2>
          <EntryList entries={others} coordinator={coordinator} />
        </section>
      )}
      {coordinator && <PublishPanel version={status.meta?.version ?? 0} deviceCount={deviceCount} />}
      <ImportPanel schemeIds={schemeIds} />
      <ExportPanel entries={entries} meta={status.meta} />
    </div>
  );
}
