/**
 * Exports of the contacts on this device, built offline: JSON (the wire form of docs/SPEC.md in a small
 * envelope) and the file names. The CSV is the server's own format (src/shared/contacts/contacts-csv.ts, [S31]),
 * so a coordinator can put a worker's file next to the team's. Pure: the caller reads the contacts and downloads
 * the text.
 */
import type { Contact } from '../../shared/protocol/protocol';

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
