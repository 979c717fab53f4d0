import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FavouriteKind } from '../../platform/db/rows';
import { useIsFavourite } from '../../data/favourites/use-is-favourite';

/** A labelled star button that stars any section, term, scheme or checklist. */
export function FavouriteToggle({ kind, id }: { kind: FavouriteKind; id: string }) {
  const { t } = useTranslation();
  const isFavourite = useIsFavourite(kind, id);
  const [failed, setFailed] = useState(false);
  return (
    <span className="favourite-toggle">
      <button
        type="button"
        className="button button--small"
        disabled={isFavourite === undefined}
        onClick={() => {
          setFailed(false);
          // The database code loads with the first tap, not with the page.
          import('../../data/favourites/toggle-favourite')
            .then(({ toggleFavourite }) => toggleFavourite(kind, id))
            .catch(() => setFailed(true));
        }}
      >
        <span aria-hidden="true">{isFavourite ? '★' : '☆'}</span>{' '}
        {isFavourite ? t('favourites.remove') : t('favourites.add')}
      </button>
      {failed && (
        <span role="alert" className="error-text">
          {t('favourites.saveFailed')}
        </span>
      )}
    </span>
  );
}
