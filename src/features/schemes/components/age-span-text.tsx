import { useTranslation } from 'react-i18next';
import type { AgeSpan } from '../eligibility-display';

/** "Ages 16–25", "Ages 10 and over" or "All ages". */
export function AgeSpanText({ span }: { span: AgeSpan }) {
  const { t } = useTranslation('schemes');
  switch (span.kind) {
    case 'all':
      return <>{t('age.all')}</>;
    case 'from':
      return <>{t('age.from', { min: span.min })}</>;
    case 'range':
      return <>{t('age.range', { min: span.min, max: span.max })}</>;
  }
}
