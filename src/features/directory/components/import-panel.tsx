import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatImportProblem, type ImportProblem } from '../../../shared/directory';
import { importDeviceEntries } from '../../../data/directory/import-device-entries';
import { readImportFile } from '../import-file';

type State =
  | { kind: 'idle' }
  | { kind: 'imported'; count: number; file: string }
  | { kind: 'refused'; problems: ImportProblem[]; file: string }
  | { kind: 'failed' };

/** Import a JSON or CSV file: every entry, or nothing and every problem with its line ([S75]). */
export function ImportPanel({ schemeIds }: { schemeIds: ReadonlySet<string> }) {
  const { t } = useTranslation('directory');
  const inputId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void (async () => {
      try {
        const result = await readImportFile(file, schemeIds);
        if (!result.ok) {
          setState({ kind: 'refused', problems: result.problems, file: file.name });
          return;
        }
        const count = await importDeviceEntries(result.entries);
        setState({ kind: 'imported', count, file: file.name });
      } catch (error) {
        console.error(error);
        setState({ kind: 'failed' });
      }
    })();
  };

  return (
    <section aria-labelledby={`${inputId}-title`} className="directory-panel">
      <h2 id={`${inputId}-title`}>{t('import.title')}</h2>
      <p className="muted">{t('import.intro')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('import.file')}</label>
        <input id={inputId} type="file" accept=".csv,.json,text/csv,application/json" onChange={choose} />
      </div>
      <div role="status">
        {state.kind === 'imported' && <p>{t('import.done', { count: state.count, file: state.file })}</p>}
      </div>
      {state.kind === 'refused' && (
        <div role="alert" className="callout directory-problems">
          <p className="error-text">{t('import.refused', { count: state.problems.length, file: state.file })}</p>
          <ul>
            {state.problems.map((problem, index) => (
              <li key={index} lang="en">
                {formatImportProblem(problem)}
              </li>
            ))}
          </ul>
          <p>{t('import.nothingChanged')}</p>
        </div>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="error-text">
          {t('import.failed')}
        </p>
      )}
    </section>
  );
}
