import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../data/contacts/contact-store';
import { resolveKeepLocal } from '../../../data/contacts/resolve-keep-local';
import { resolveTakeServer } from '../../../data/contacts/resolve-take-server';
import { useContactSummary } from '../hooks/use-contact-summary';

/**
 * The server holds another version ([S44]): its summary next to the reason, and the user's choice. Nothing is
 * overwritten until the user picks.
 */
export function ConflictPanel({ row }: { row: ContactRow }) {
  const { t } = useTranslation('contacts');
  const summary = useContactSummary();
  const [failed, setFailed] = useState(false);
  const server = row.serverCopy;

  const run = (action: (id: string) => Promise<unknown>) => {
    action(row.id).then(
      () => setFailed(false),
      (error: unknown) => {
        console.error(error);
        setFailed(true);
      },
    );
  };

  return (
    <section className="callout callout--important contact-conflict" aria-labelledby="contact-conflict-title">
      <h2 id="contact-conflict-title" className="callout__title">
        {t('conflict.title')}
      </h2>
      <p>{t('conflict.intro')}</p>
      {row.syncReason && <p className="muted">{t('conflict.reason', { reason: row.syncReason })}</p>}
      {server && (
        <p>
          <strong>{t('conflict.serverCopy', { revision: server.revision })}</strong>{' '}
          {server.body ? summary(server.body) : t('conflict.serverDeleted')}
        </p>
      )}
      {failed && (
        <p role="alert" className="error-text">
          {t('conflict.failed')}
        </p>
      )}
      <div className="field-row">
        <button type="button" className="button button--primary" onClick={() => run(resolveKeepLocal)}>
          {t('conflict.keepMine')}
        </button>
        {server && (
          <button type="button" className="button" onClick={() => run(resolveTakeServer)}>
            {t('conflict.useServer')}
          </button>
        )}
      </div>
    </section>
  );
}
