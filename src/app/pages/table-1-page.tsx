import { useTranslation } from 'react-i18next';
import { ContentLanguageSwitch } from '../../ui/components/content-language-switch';
import { FavouriteToggle } from '../../ui/components/favourite-toggle';
import { Table1Matrix } from '../../features/table-1';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';

/** Table 1 as a page of its own: the matrix renders the table's title as the h1. */
export function Table1Route() {
  const { t } = useTranslation('table1');
  useDocumentTitle(t('title'));
  return (
    <Table1Matrix
      headingLevel={1}
      actions={
        <>
          <FavouriteToggle kind="section" id="table-1" />
          <ContentLanguageSwitch />
        </>
      }
    />
  );
}
