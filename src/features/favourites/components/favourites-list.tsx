import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../ui/components/page-loading';
import type { FavouriteKind, FavouriteRow } from '../../../platform/db/rows';
import { routes } from '../../../shared/routes';
import type { FavouriteItem } from '../../../data/favourites/favourite-items';
import { removeFavourite } from '../../../data/favourites/remove-favourite';
import { restoreFavourite } from '../../../data/favourites/restore-favourite';
import { useFavouriteItems } from '../../../data/favourites/use-favourite-items';
import { FavouriteItemCard } from './favourite-item-card';
import '../favourites.css';

const KINDS: readonly FavouriteKind[] = ['section', 'term', 'scheme', 'checklist'];

interface Removed {
  row: FavouriteRow;
  title: string;
}

/** The favourites page: starred items grouped by kind, each removable, with an "Undo" for slips of the thumb. */
export function FavouritesList() {
  const { t } = useTranslation('favourites');
  const { t: tCommon } = useTranslation();
  const items = useFavouriteItems();
  const [removed, setRemoved] = useState<Removed | undefined>();
  const [failure, setFailure] = useState<'removeFailed' | 'restoreFailed' | undefined>();
  const [busy, setBusy] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);

  // The removed item's button is gone: keep keyboard users on the page, on the "Undo" button.
  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);

  if (items === undefined) return <PageLoading />;

  const remove = (item: FavouriteItem) => {
    setBusy(true);
    setFailure(undefined);
    removeFavourite(item.kind, item.id)
      .then((row) => setRemoved(row ? { row, title: item.title ?? t('missing', { id: item.id }) } : undefined))
      .catch(() => setFailure('removeFailed'))
      .finally(() => setBusy(false));
  };
  const undo = (entry: Removed) => {
    setBusy(true);
    setFailure(undefined);
    restoreFavourite(entry.row)
      .then(() => setRemoved(undefined))
      .catch(() => setFailure('restoreFailed'))
      .finally(() => setBusy(false));
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <div className="favourites__notice">
        <p role="status">{removed ? t('removed', { title: removed.title }) : ''}</p>
        {removed && (
          <button
            ref={undoRef}
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => undo(removed)}
          >
            {t('undo')}
          </button>
        )}
      </div>
      {failure && (
        <p role="alert" className="error-text">
          {t(failure)}
        </p>
      )}
      {items.length === 0 ? (
        <div className="favourites__empty">
          <p className="lead">{t('empty.title')}</p>
          <p>{t('empty.howTo', { button: tCommon('favourites.add') })}</p>
          <p>
            <Link to={routes.guide()} className="button">
              {t('empty.browseGuide')}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('intro')}</p>
          {KINDS.map((kind) => {
            const group = items.filter((item) => item.kind === kind);
            if (group.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`favourites-${kind}`}>
                <h2 id={`favourites-${kind}`}>
                  {t(`groups.${kind}`)} <span className="muted">({group.length})</span>
                </h2>
                <ul className="card-list">
                  {group.map((item) => (
                    <FavouriteItemCard key={item.id} item={item} onRemove={remove} busy={busy} />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
