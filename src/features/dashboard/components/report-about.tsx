import { useTranslation } from 'react-i18next';

/** The report's heading block: what it covers and how to read it, on screen and in print. */
export function ReportAbout({ about }: { about: readonly (readonly [string, string])[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <section className="dash-about" aria-labelledby="dash-about">
      <h2 id="dash-about">{t('about.heading')}</h2>
      <dl>
        {about.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
