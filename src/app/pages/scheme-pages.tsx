import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ContentLanguageSwitch } from '../../components/content-language-switch';
import { FavouriteToggle } from '../../components/favourite-toggle';
import { SchemeStructures } from '../../features/directory';
import { StartReferralLink } from '../../features/referrals';
import { SchemeDirectory, SchemeView } from '../../features/schemes';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NotFound } from './not-found-page';

export function SchemeDirectoryRoute() {
  const { t } = useTranslation('schemes');
  useDocumentTitle(t('title'));
  return <SchemeDirectory />;
}

export function SchemeRoute() {
  const { t } = useTranslation('schemes');
  const { schemeId = '' } = useParams();
  return (
    <SchemeView
      key={schemeId}
      id={schemeId}
      actions={
        <>
          <FavouriteToggle kind="scheme" id={schemeId} />
          <ContentLanguageSwitch />
        </>
      }
      referralActions={<StartReferralLink schemeId={schemeId} className="button" />}
      localStructures={<SchemeStructures schemeId={schemeId} />}
      notFound={<NotFound message={t('notFound')} />}
    />
  );
}
