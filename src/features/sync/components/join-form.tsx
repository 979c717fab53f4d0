import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseJoinInput, type JoinInput } from '../../../data/team-sync/join-link';
import { JoinConfirm } from './join-confirm';

/** Paste a join link or code (Settings → Team), then confirm the team the server names. */
export function JoinForm() {
  const { t } = useTranslation('sync');
  const id = useId();
  const [text, setText] = useState('');
  const [input, setInput] = useState<JoinInput | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setInput(parseJoinInput(text, window.location.origin));
  };
  const reset = () => {
    setInput(undefined);
    setText('');
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('join.pasteTitle')}</h3>
      {input?.ok ? (
        <JoinConfirm
          serverUrl={input.serverUrl}
          code={input.code}
          headingLevel={3}
          onCancel={reset}
          onJoined={() => setText('')}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-code`}>{t('join.pasteLabel')}</label>
            <span id={`${id}-help`} className="muted">
              {t('join.pasteHelp')}
            </span>
            <input
              id={`${id}-code`}
              type="text"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              aria-describedby={`${id}-help${input && !input.ok ? ` ${id}-error` : ''}`}
              aria-invalid={input && !input.ok ? true : undefined}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            {input && !input.ok && (
              <span id={`${id}-error`} className="error-text" role="alert">
                {t(input.key)}
              </span>
            )}
          </div>
          <button type="submit" className="button">
            {t('join.continue')}
          </button>
        </form>
      )}
    </section>
  );
}
