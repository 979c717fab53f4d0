import { useTranslation } from 'react-i18next';
import { useDirectoryStatus } from '../../../data/directory/use-directory-status';
import { useSchemeDirectory } from '../../../data/directory/use-scheme-directory';
import { EntryList } from './entry-list';

/**
 * The scheme's structures from the database, live. Loaded only on a device whose directory holds entries
 * (scheme-structures.tsx), so a scheme page elsewhere never evaluates Dexie or the directory's schemas.
 */
export default function SchemeStructureEntries({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation('directory');
  const entries = useSchemeDirectory(schemeId);
  const status = useDirectoryStatus();
  if (entries === undefined) return null;
  if (entries.length === 0) return <p className="muted">{t('scheme.empty')}</p>;
  return <EntryList entries={entries} coordinator={status?.role === 'coordinator'} />;
}
