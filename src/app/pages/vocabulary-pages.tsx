import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ContentLanguageSwitch } from '../../ui/components/content-language-switch';
import { FavouriteToggle } from '../../ui/components/favourite-toggle';
import { TermView, VocabularyList } from '../../features/vocabulary';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';
import { NotFound } from './not-found-page';

export function VocabularyListRoute() {
  const { t } = useTranslation('vocabulary');
  useDocumentTitle(t('title'));
  return <VocabularyList />;
}

export function TermRoute() {
  const { t } = useTranslation('vocabulary');
  const { termId = '' } = useParams();
  return (
    <TermView
      key={termId}
      id={termId}
      actions={
        <>
          <FavouriteToggle kind="term" id={termId} />
          <ContentLanguageSwitch />
        </>
      }
      notFound={<NotFound message={t('notFound')} />}
    />
  );
}
