import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishDirectory, type PublishOutcome } from '../../../data/directory/directory-publish';
import { reloadTeamDirectory } from '../../../data/directory/reload-team-directory';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | PublishOutcome
  | { kind: 'reloaded' }
  | { kind: 'reload-failed'; detail?: string };

/**
 * The coordinator's "Publish to the team" ([S74], [S88]): the team's entries and this device's own, as the next
 * version. A 409 means someone published since this device's version: explain, and offer the team's version.
 */
export function PublishPanel({ version, deviceCount }: { version: number; deviceCount: number }) {
  // The sync namespace words a failed request the same way the sync panel does.
  const { t } = useTranslation(['directory', 'sync']);
  const titleId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const busy = 'kind' in state && state.kind === 'busy';

  const publish = () => {
    setState({ kind: 'busy' });
    publishDirectory().then(setState, (error: unknown) => {
      console.error(error);
      setState({ result: 'failed', failure: { kind: 'storage', key: 'errors.storage', retry: false } });
    });
  };
  const reload = () => {
    setState({ kind: 'busy' });
    reloadTeamDirectory().then(
      (pull) => setState(pull?.ok ? { kind: 'reloaded' } : { kind: 'reload-failed', detail: pull?.failure.detail }),
      (error: unknown) => {
        console.error(error);
        setState({ kind: 'reload-failed' });
      },
    );
  };

  return (
    <section aria-labelledby={titleId} className="directory-panel">
      <h2 id={titleId}>{t('publish.title')}</h2>
      <p className="muted">{t('publish.intro', { version, count: deviceCount })}</p>
      <button type="button" className="button button--primary" onClick={publish} disabled={busy}>
        {t('publish.button')}
      </button>
      <div role="status">
        {busy && <p>{t('publish.busy')}</p>}
        {'result' in state && state.result === 'published' && (
          <p>{t('publish.done', { version: state.version, count: state.count })}</p>
        )}
        {'kind' in state && state.kind === 'reloaded' && <p>{t('publish.reloaded')}</p>}
      </div>
      {'result' in state && state.result === 'conflict' && (
        <div role="alert" className="callout">
          <p>{t('publish.conflict')}</p>
          <button type="button" className="button" onClick={reload}>
            {t('publish.reload')}
          </button>
        </div>
      )}
      {'result' in state && state.result === 'invalid' && (
        <div role="alert" className="callout">
          <p className="error-text">{t('publish.invalid')}</p>
          {state.message && <p lang="en">{state.message}</p>}
        </div>
      )}
      {'result' in state && state.result === 'locked' && (
        <p role="alert" className="error-text">
          {t('publish.locked')}
        </p>
      )}
      {'result' in state && state.result === 'not-coordinator' && (
        <p role="alert" className="error-text">
          {t('publish.notCoordinator')}
        </p>
      )}
      {'result' in state && state.result === 'failed' && (
        <div role="alert">
          <p className="error-text">{t('publish.failed')}</p>
          <p>{t(state.failure.key, { ns: 'sync' })}</p>
          {state.failure.detail && <p className="muted">{state.failure.detail}</p>}
        </div>
      )}
      {'kind' in state && state.kind === 'reload-failed' && (
        <div role="alert">
          <p className="error-text">{t('publish.reloadFailed')}</p>
          {state.detail && <p className="muted">{state.detail}</p>}
        </div>
      )}
    </section>
  );
}
