import { useTranslation } from 'react-i18next';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { formatDay, formatMonth } from '../format';
import { useContent } from '../../../data/content';
import { Facts } from './facts';

/**
 * Which content pack and guide edition the app carries (in the page's content language); for the French text,
 * that it is our translation of the English edition, with the official publication.
 */
export function ContentInfo() {
  const { t, i18n } = useTranslation('settings');
  const meta = useContent();
  const locale = i18n.language;

  return (
    <section aria-labelledby="content-title">
      <h3 id="content-title">{t('content.title')}</h3>
      <Facts
        items={[
          {
            label: t('content.guide'),
            value: `${inlineToPlainText(meta.guideTitle)} — ${inlineToPlainText(meta.guideSubtitle)}`,
          },
          {
            label: t('content.publisher'),
            value: `${inlineToPlainText(meta.guidePublisher)}, ${formatMonth(meta.guidePublished, locale)}`,
          },
          { label: t('content.version'), value: meta.version },
          { label: t('content.date'), value: formatDay(meta.date, locale) },
          { label: t('content.edition'), value: t(`content.editions.${meta.edition.kind}`) },
        ]}
      />
      <p>
        {t('content.official')}{' '}
        <a
          href={meta.edition.official.url}
          target="_blank"
          rel="noopener noreferrer"
          className="external-link"
          lang="fr"
        >
          {inlineToPlainText(meta.edition.official.title)}
        </a>{' '}
        ({inlineToPlainText(meta.edition.official.publisher)}, {formatMonth(meta.edition.official.published, locale)})
      </p>
    </section>
  );
}
