import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import { useDeviceFlag } from '../../../platform/device-flags/use-device-flag';
import { useHydrated } from '../../../platform/hydration/use-hydrated';
import '../directory.css';

// The list and the form read and write the database and validate with the directory's schemas: a scheme page
// is a first paint on a cheap phone, so they load only when this device has entries or the user adds one.
const SchemeStructureEntries = lazy(() => import('./scheme-structure-entries'));
const EntryForm = lazy(() => import('./entry-form').then((module) => ({ default: module.EntryForm })));

/** The scheme page's "Local structures": the team's and this device's, with add, edit and remove (as on /directory). */
export function SchemeStructures({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation('directory');
  const hydrated = useHydrated();
  const hasEntries = useDeviceFlag('directory');
  const [adding, setAdding] = useState(false);
  return (
    <section className="directory-scheme" aria-labelledby="directory-scheme-title">
      <h2 id="directory-scheme-title">{t('scheme.title')}</h2>
      {/* Nothing until hydrated: the prerendered page cannot know this device's entries. */}
      {!hydrated ? null : hasEntries ? (
        <Suspense fallback={null}>
          <SchemeStructureEntries schemeId={schemeId} />
        </Suspense>
      ) : (
        <p className="muted">{t('scheme.empty')}</p>
      )}
      {adding ? (
        <Suspense fallback={null}>
          <EntryForm schemeId={schemeId} onDone={() => setAdding(false)} />
        </Suspense>
      ) : (
        <div className="field-row">
          {/* Disabled in the prerendered page: a tap before the app has started would be lost. */}
          <button type="button" className="button" disabled={!hydrated} onClick={() => setAdding(true)}>
            {t('scheme.add')}
          </button>
          <Link to={routes.directory()}>{t('scheme.all')}</Link>
        </div>
      )}
    </section>
  );
}
