/**
 * Exports of the contacts on this device, built offline: JSON (the wire form of docs/SPEC.md in a small
 * envelope) and CSV with the same columns as the server's export ([S31]), so a coordinator can put a worker's
 * file next to the team's. Pure: the caller reads the contacts and downloads the text.
 */
import { CONTACT_CSV_COLUMNS, CONTACT_CSV_START, contactCsvLine } from '../../sync/contacts-csv';
import type { Contact } from '../../sync/protocol';

export { csvCell } from '../../lib/csv';

/** The column names of the server's export ([S31]): one definition, src/sync/contacts-csv.ts. */
export const CSV_COLUMNS = CONTACT_CSV_COLUMNS.map(([name]) => name);

/**
 * RFC 4180: a header row, CRLF line ends, cells quoted and guarded against formulas as the server's export
 * (src/sync/contacts-csv.ts). Starts with a UTF-8 byte-order mark so Excel reads accents; lists are joined
 * with "; ".
 */
export function buildContactsCsv(contacts: readonly Contact[]): string {
  return CONTACT_CSV_START + contacts.map(contactCsvLine).join('');
}

export interface ContactsExport {
  exportedAt: string;
  app: { name: string; version: string };
  contacts: Contact[];
}

export function buildContactsJson(contacts: readonly Contact[], exportedAt: Date, appVersion: string): string {
  const envelope: ContactsExport = {
    exportedAt: exportedAt.toISOString(),
    app: { name: 'LIMITS Terrain', version: appVersion },
    contacts: [...contacts],
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** limits-contacts-2025-03-14.csv, dated in device time. */
export function exportFileName(format: 'csv' | 'json', at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `limits-contacts-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.${format}`;
}
