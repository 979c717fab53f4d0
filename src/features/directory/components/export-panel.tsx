import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntryRow } from '../../../platform/db/rows';
import { exportDirectoryCsv, exportDirectoryJson, type DirectoryEntry } from '../../../shared/directory';
import type { DirectoryMeta } from '../../../data/directory/directory-settings';
import { downloadText } from '../../../platform/download/download-file';

const entryOf = ({ source: _source, ...entry }: DirectoryEntryRow): DirectoryEntry => entry;

/** Download the directory on this device as CSV (French Excel's `;`) or JSON ([S76], [S77]). */
export function ExportPanel({ entries, meta }: { entries: readonly DirectoryEntryRow[]; meta?: DirectoryMeta }) {
  const { t } = useTranslation('directory');
  const titleId = useId();
  const list = entries.map(entryOf);
  const day = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby={titleId} className="directory-panel">
      <h2 id={titleId}>{t('export.title')}</h2>
      <p className="muted">{t('export.intro', { count: list.length })}</p>
      <div className="field-row">
        <button
          type="button"
          className="button"
          disabled={list.length === 0}
          onClick={() => downloadText(exportDirectoryCsv(list), `annuaire-${day}.csv`, 'text/csv;charset=utf-8')}
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={list.length === 0}
          onClick={() =>
            downloadText(
              exportDirectoryJson({ version: meta?.version ?? 0, updatedAt: meta?.updatedAt ?? null, entries: list }),
              `annuaire-${day}.json`,
              'application/json',
            )
          }
        >
          {t('export.json')}
        </button>
      </div>
    </section>
  );
}
