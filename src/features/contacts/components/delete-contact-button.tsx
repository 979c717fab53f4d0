import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { routes } from '../../../shared/routes';
import { deleteContact } from '../../../data/contacts/delete-contact';
import type { ContactListNotice } from './contact-form';
import { ConfirmPanel } from './confirm-panel';

/** Delete, after an in-page confirmation: a tombstone that syncs, then back to the list. */
export function DeleteContactButton({ id }: { id: string }) {
  const { t } = useTranslation('contacts');
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (!confirming && wasConfirming.current) button.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const confirm = () => {
    deleteContact(id).then(
      () => {
        const notice: ContactListNotice = { contactNotice: 'deleted' };
        navigate(routes.contacts(), { state: notice });
      },
      (error: unknown) => {
        console.error(error);
        setFailed(true);
      },
    );
  };

  return (
    <section className="contact-delete" aria-labelledby="contact-delete-title">
      <h2 id="contact-delete-title">{t('delete.heading')}</h2>
      {failed && (
        <p role="alert" className="error-text">
          {t('delete.failed')}
        </p>
      )}
      {confirming ? (
        <ConfirmPanel
          id="contact-delete-confirm"
          title={t('delete.title')}
          body={t('delete.body')}
          confirmLabel={t('delete.confirm')}
          cancelLabel={t('delete.cancel')}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button ref={button} type="button" className="button" onClick={() => setConfirming(true)}>
          {t('delete.button')}
        </button>
      )}
    </section>
  );
}
