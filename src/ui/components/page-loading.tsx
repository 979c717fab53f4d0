import { useTranslation } from 'react-i18next';

/** Placeholder with a reserved height, so content arriving does not shift the layout much. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="visually-hidden">{t('layout.loading')}</span>
      <div className="skeleton skeleton--title" />
      <div className="skeleton" />
      <div className="skeleton" />
      <div className="skeleton skeleton--short" />
    </div>
  );
}
