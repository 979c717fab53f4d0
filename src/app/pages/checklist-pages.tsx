import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ContentLanguageSwitch } from '../../ui/components/content-language-switch';
import { FavouriteToggle } from '../../ui/components/favourite-toggle';
import { ChecklistList, ChecklistView } from '../../features/checklists';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';
import { NotFound } from './not-found-page';

export function ChecklistListRoute() {
  const { t } = useTranslation('checklists');
  useDocumentTitle(t('title'));
  return <ChecklistList />;
}

export function ChecklistRoute() {
  const { t } = useTranslation('checklists');
  const { checklistId = '' } = useParams();
  return (
    <ChecklistView
      key={checklistId}
      id={checklistId}
      actions={
        <>
          <FavouriteToggle kind="checklist" id={checklistId} />
          <ContentLanguageSwitch />
        </>
      }
      notFound={<NotFound message={t('notFound')} />}
    />
  );
}
