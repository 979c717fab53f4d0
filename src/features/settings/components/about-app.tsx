import { useTranslation } from 'react-i18next';
import { Facts } from './facts';

const SOURCE_URL = 'https://www.drogues.gouv.fr';

/** Where the content comes from, where the user's data lives, and the app's version. */
export function AboutApp() {
  const { t } = useTranslation('settings');
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      <p>{t('about.source')}</p>
      <p>
        <a href={SOURCE_URL} target="_blank" rel="noopener noreferrer" className="external-link">
          {t('about.sourceLink')}
        </a>
      </p>
      <p>{t('about.language')}</p>
      <p>{t('about.privacy')}</p>
      <p>{t('about.deletion')}</p>
      <Facts items={[{ label: t('about.version'), value: __APP_VERSION__ }]} />
    </section>
  );
}
