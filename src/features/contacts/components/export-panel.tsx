import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listExportContacts } from '../../../data/contacts/list-export-contacts';
import { downloadText } from '../../../platform/download/download-file';
import { buildContactsCsv } from '../../../shared/contacts/contacts-csv';
import { buildContactsJson, exportFileName } from '../export-contacts';

type Format = 'json' | 'csv';

/** Every contact on the device as a JSON or CSV file, at any time, offline. */
export function ExportPanel() {
  const { t } = useTranslation('contacts');
  const [result, setResult] = useState<{ format: Format; count: number; file: string } | 'failed'>();

  const exportAs = async (format: Format) => {
    try {
      const contacts = await listExportContacts();
      const now = new Date();
      const file = exportFileName(format, now);
      if (format === 'json') {
        downloadText(buildContactsJson(contacts, now, __APP_VERSION__), file, 'application/json');
      } else {
        downloadText(buildContactsCsv(contacts), file, 'text/csv;charset=utf-8');
      }
      setResult({ format, count: contacts.length, file });
    } catch (error) {
      console.error(error);
      setResult('failed');
    }
  };

  return (
    <section className="contact-export" aria-labelledby="contact-export-title">
      <h2 id="contact-export-title">{t('export.title')}</h2>
      <p className="muted">{t('export.intro')}</p>
      <div className="field-row">
        <button type="button" className="button" onClick={() => void exportAs('csv')}>
          {t('export.csv')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('json')}>
          {t('export.json')}
        </button>
      </div>
      <p role="status" className={result === 'failed' ? 'error-text' : 'muted'}>
        {result === 'failed'
          ? t('export.failed')
          : result
            ? t('export.done', { count: result.count, file: result.file })
            : ''}
      </p>
    </section>
  );
}
