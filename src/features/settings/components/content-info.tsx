import { useTranslation } from 'react-i18next';
import { inlineToPlainText } from '../../../lib/inline-markup';
import { formatDateTime, formatDay, formatMonth } from '../format';
import { useContentMeta } from '../hooks/use-content-meta';
import { Facts } from './facts';

/** Which content pack and guide edition the device holds, and when it was saved. */
export function ContentInfo() {
  const { t, i18n } = useTranslation('settings');
  const meta = useContentMeta();
  const locale = i18n.language;

  return (
    <section aria-labelledby="content-title">
      <h3 id="content-title">{t('content.title')}</h3>
      {meta === undefined && <p role="status">{t('content.loading')}</p>}
      {meta === null && <p>{t('content.missing')}</p>}
      {meta && (
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
            { label: t('content.seededAt'), value: formatDateTime(meta.seededAt, locale) },
          ]}
        />
      )}
    </section>
  );
}
