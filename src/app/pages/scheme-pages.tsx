import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ContentLanguageSwitch } from '../../ui/components/content-language-switch';
import { FavouriteToggle } from '../../ui/components/favourite-toggle';
// Straight to the two light components, not the features' public index: the index would bring the whole
// directory and referrals code (Dexie, zod schemas, the vault) into a scheme page's first load.
import { SchemeStructures } from '../../features/directory/components/scheme-structures';
import { StartReferralLink } from '../../features/referrals/components/start-referral-link';
import { SchemeDirectory, SchemeView } from '../../features/schemes';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';
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
      referralActions={<StartReferralLink schemeId={schemeId} />}
      localStructures={<SchemeStructures schemeId={schemeId} />}
      notFound={<NotFound message={t('notFound')} />}
    />
  );
}
