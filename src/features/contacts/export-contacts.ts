/**
 * Exports of the contacts on this device, built offline: JSON (the wire form of docs/SPEC.md in a small
 * envelope) and CSV with the same columns as the server's export ([S31]), so a coordinator can put a worker's
 * file next to the team's. Pure: the caller reads the contacts and downloads the text.
 */
import type { Contact } from '../../sync/protocol';
import { REFERRAL_CSV_COLUMNS, referralOutcomesCell, referralSchemesCell } from '../../sync/referral-columns';

export const CSV_COLUMNS = [
  'id',
  'revision',
  'updatedAt',
  'occurredAt',
  'place',
  'kind',
  'people',
  'ageBands',
  'topics',
  'signals',
  'schemes',
  'followUpDate',
  'note',
  'referrals',
  ...REFERRAL_CSV_COLUMNS,
] as const;

// Spreadsheet formula injection (OWASP "CSV injection"): such a cell is prefixed with a quote so Excel or
// LibreOffice show it as text. Tab and CR too: some spreadsheets skip them before reading a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const list = (values: readonly string[]) => values.join('; ');

function csvRow(contact: Contact): string {
  // Exports hold live contacts; a tombstone would still give a row of ids with empty fields.
  const body = contact.body ?? undefined;
  const cells: (string | number | undefined)[] = [
    contact.id,
    contact.revision,
    contact.updatedAt,
    body?.occurredAt,
    body?.place,
    body?.kind,
    body?.people,
    body && list(body.ageBands),
    body && list(body.topics),
    body && list(body.signals),
    body && list(body.schemes),
    body?.followUpDate,
    body?.note,
    body?.referrals && JSON.stringify(body.referrals),
    referralSchemesCell(body?.referrals),
    referralOutcomesCell(body?.referrals),
  ];
  return cells.map(csvCell).join(',');
}

/**
 * RFC 4180: a header row, CRLF line ends, quoted fields when needed. Starts with a UTF-8 byte-order mark so
 * Excel reads accents; lists are joined with "; ".
 */
export function buildContactsCsv(contacts: readonly Contact[]): string {
  const lines = [CSV_COLUMNS.join(','), ...contacts.map(csvRow)];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
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
