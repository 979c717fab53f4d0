import { useTranslation } from 'react-i18next';
import { detectPersonalData } from '../detect-personal-data';
import { formatList } from '../format';

interface Props {
  field: 'place' | 'note';
  text: string;
}

/**
 * Anonymous by design: a warning, never a block, when free text looks like it identifies someone. The live
 * region stays in the page so that a warning appearing while typing is announced.
 */
export function PersonalDataWarning({ field, text }: Props) {
  const { t, i18n } = useTranslation('contacts');
  const kinds = detectPersonalData(text);
  return (
    <div role="status" className="contact-privacy">
      {kinds.length > 0 && (
        <p className="callout callout--important">
          {t('privacy.found', {
            field: t(`privacy.fields.${field}`),
            kinds: formatList(
              kinds.map((kind) => t(`privacy.kinds.${kind}`)),
              i18n.language,
            ),
          })}{' '}
          {t('privacy.advice')}
        </p>
      )}
    </div>
  );
}
