import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import { ContactEditor } from './contact-editor';
import '../contacts.css';

/** /contacts/new: the form, blank (dated now) or as the last draft left it. */
export function NewContact() {
  const { t } = useTranslation('contacts');
  return (
    <>
      <p className="breadcrumb">
        <Link to={routes.contacts()}>{t('title')}</Link>
      </p>
      <h1>{t('new.title')}</h1>
      <p className="lead">{t('new.intro')}</p>
      <ContactEditor />
    </>
  );
}
