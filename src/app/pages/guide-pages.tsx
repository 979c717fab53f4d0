import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ContentLanguageSwitch } from '../../ui/components/content-language-switch';
import { FavouriteToggle } from '../../ui/components/favourite-toggle';
import { GuideSectionView, GuideToc } from '../../features/guide';
import { Table1Matrix } from '../../features/table-1';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';
import { NotFound } from './not-found-page';

export function GuideTocRoute() {
  const { t } = useTranslation('guide');
  useDocumentTitle(t('title'));
  return <GuideToc />;
}

export function GuideSectionRoute() {
  const { t } = useTranslation('guide');
  const { sectionId = '' } = useParams();
  return (
    <GuideSectionView
      key={sectionId}
      id={sectionId}
      actions={
        <>
          <FavouriteToggle kind="section" id={sectionId} />
          <ContentLanguageSwitch />
        </>
      }
      extra={sectionId === 'table-1' ? <Table1Matrix headingLevel={2} /> : undefined}
      notFound={<NotFound message={t('notFound')} />}
    />
  );
}
