import { useTranslation } from 'react-i18next';
import { FavouritesList } from '../../features/favourites';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';

export function FavouritesRoute() {
  const { t } = useTranslation('favourites');
  useDocumentTitle(t('title'));
  return <FavouritesList />;
}
