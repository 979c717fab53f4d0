import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../shared/routes';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';

export function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('errors.notFoundTitle')}</h1>
      <p>{message ?? t('errors.notFoundBody')}</p>
      <p>
        <Link to={routes.home()}>{t('nav.home')}</Link>
      </p>
    </section>
  );
}

export function NotFoundRoute() {
  return <NotFound />;
}
