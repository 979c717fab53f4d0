import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../shared/text/fold-text';
import type { SchemeOption } from '../../../data/content/form-choices';
import { formatList } from '../format';
import { CheckboxList } from './checkbox-group';

interface Props {
  schemes: readonly SchemeOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
}

/** The scheme directory as a multi-select: a filter box over the schemes' boxes, and what is picked. */
export function SchemePicker({ schemes, selected, onChange }: Props) {
  const { t, i18n } = useTranslation('contacts');
  const [filter, setFilter] = useState('');
  const words = foldText(filter).split(' ').filter(Boolean);
  // About thirty schemes: filtering on every render costs nothing.
  const shown = schemes.filter((scheme) => {
    const haystack = foldText(`${scheme.label} ${scheme.name} ${scheme.otherName}`);
    return words.every((word) => haystack.includes(word));
  });
  const labels = new Map(schemes.map((scheme) => [scheme.id, scheme.label]));
  // Picked schemes stay in directory order whatever the filter was when each was ticked.
  const order = new Map(schemes.map((scheme, index) => [scheme.id, index]));
  const rank = (id: string) => order.get(id) ?? schemes.length;
  const picked = selected.map((id) => labels.get(id) ?? id);

  return (
    <fieldset className="contact-fieldset">
      <legend>{t('fields.schemes')}</legend>
      <p className="muted contact-schemes__picked" id="contact-schemes-picked">
        {picked.length === 0 ? t('schemes.none') : t('schemes.picked', { list: formatList(picked, i18n.language) })}
      </p>
      <div className="field">
        <label htmlFor="contact-schemes-filter">{t('schemes.filter')}</label>
        <input
          id="contact-schemes-filter"
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby="contact-schemes-count"
        />
        <span id="contact-schemes-count" role="status" className="muted">
          {t('schemes.count', { count: shown.length })}
        </span>
      </div>
      <div className="contact-schemes__list">
        <CheckboxList
          id="contact-scheme"
          options={shown.map((scheme) => ({
            value: scheme.id,
            label:
              scheme.label === scheme.name ? (
                scheme.name
              ) : (
                <>
                  <span className="contact-schemes__acronym">{scheme.label}</span>{' '}
                  <span className="contact-schemes__name">{scheme.name}</span>
                </>
              ),
          }))}
          selected={selected}
          onChange={(next) => onChange([...next].sort((a, b) => rank(a) - rank(b)))}
        />
      </div>
    </fieldset>
  );
}
