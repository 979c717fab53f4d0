import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FavouriteKind } from '../../../platform/db/rows';
import { refHref } from '../../../shared/routes';
import type { FavouriteItem } from '../../../data/favourites/favourite-items';
import '../../../styles/glosses.css';

/** A favourite section is a guide section: the same page an inline guide reference opens. */
function hrefOf(kind: FavouriteKind, id: string): string {
  return refHref(kind === 'section' ? 'guide' : kind, id);
}

interface Props {
  item: FavouriteItem;
  onRemove: (item: FavouriteItem) => void;
  busy: boolean;
}

/** One starred item: a link to it and a labelled "Remove" button. */
export function FavouriteItemCard({ item, onRemove, busy }: Props) {
  const { t } = useTranslation('favourites');
  const title = item.title ?? t('missing', { id: item.id });
  const fullTitle = item.number ? `${item.number} ${title}` : title;
  return (
    <li className="card favourite-item">
      <div className="favourite-item__text">
        {item.title === null ? (
          <span className="card__title favourite-item__missing">{title}</span>
        ) : (
          <Link to={hrefOf(item.kind, item.id)} className="card__title favourite-item__link">
            {item.number && <span className="section-number">{item.number}</span>} {title}
          </Link>
        )}
        {/* The English gloss of a term or name of a scheme: an option, off in French by default. */}
        {item.detail && (
          <span className="card__meta gloss" lang="en">
            {item.detail}
          </span>
        )}
      </div>
      {/* The visible word stays short; screen readers hear which item it removes. */}
      <button type="button" className="button button--small" disabled={busy} onClick={() => onRemove(item)}>
        {t('remove')} <span className="visually-hidden">{fullTitle}</span>
      </button>
    </li>
  );
}
