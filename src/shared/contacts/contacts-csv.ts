/**
 * [S31] The contacts CSV, one definition for the server's team export and the device's own export, so both files
 * have the same columns and the same spreadsheet safety (issue #13): every cell goes through csvCell (quoted
 * when it holds `,` `;` tab `"` CR LF or starts with a formula character, which gets a `'`) and text cells
 * through guardFormulasInside (no formula after a `,` or `;` inside a cell, whichever separator a spreadsheet
 * reads with). Pure: no DOM and no Node imports.
 */
import { BOM, csvLine, guardFormulasInside } from '../csv';
import type { Contact, ContactBody } from '../protocol/protocol';
import { referralOutcomesCell, referralSchemesCell } from './referral-columns';

type Body = ContactBody | undefined;

const list = (values: readonly string[] | undefined) => values?.join('; ');

/** Columns in order; a tombstone (body null) gives its ids and empty fields. */
export const CONTACT_CSV_COLUMNS: ReadonlyArray<
  [string, (contact: Contact, body: Body) => string | number | undefined]
> = [
  ['id', (c) => c.id],
  ['revision', (c) => c.revision],
  ['updatedAt', (c) => c.updatedAt],
  ['occurredAt', (_c, b) => b?.occurredAt],
  ['place', (_c, b) => b?.place],
  ['kind', (_c, b) => b?.kind],
  ['people', (_c, b) => b?.people],
  ['ageBands', (_c, b) => list(b?.ageBands)],
  ['topics', (_c, b) => list(b?.topics)],
  ['signals', (_c, b) => list(b?.signals)],
  ['schemes', (_c, b) => list(b?.schemes)],
  ['followUpDate', (_c, b) => b?.followUpDate],
  ['note', (_c, b) => b?.note],
  ['referrals', (_c, b) => (b?.referrals?.length ? JSON.stringify(b.referrals) : undefined)],
  // [S80] Readable referral summaries (the JSON above has every field), after it so existing columns keep their place.
  ['referralSchemes', (_c, b) => referralSchemesCell(b?.referrals)],
  ['referralOutcomes', (_c, b) => referralOutcomesCell(b?.referrals)],
];

/** The column names, in order: the header of both exports. */
export const CONTACT_CSV_COLUMN_NAMES: readonly string[] = CONTACT_CSV_COLUMNS.map(([name]) => name);

export const CONTACT_CSV_HEADER = csvLine(CONTACT_CSV_COLUMN_NAMES);
/** What a contacts CSV starts with: a UTF-8 byte-order mark (Excel then reads accents) and the header. */
export const CONTACT_CSV_START = BOM + CONTACT_CSV_HEADER;

/** One contact as a CRLF-terminated CSV line. */
export function contactCsvLine(contact: Contact): string {
  const body = contact.body ?? undefined;
  return csvLine(
    CONTACT_CSV_COLUMNS.map(([, read]) => {
      const value = read(contact, body);
      return typeof value === 'string' ? guardFormulasInside(value) : value;
    }),
  );
}

/** The whole file at once: the device's export of its own contacts (a few thousand at most). */
export function buildContactsCsv(contacts: readonly Contact[]): string {
  return CONTACT_CSV_START + contacts.map(contactCsvLine).join('');
}

/**
 * The same file as a stream of text chunks, the header then a few hundred lines at a time: the server's team
 * export, read from the database as it goes, in constant memory.
 */
export async function* contactsCsvChunks(contacts: AsyncIterable<Contact>): AsyncIterable<string> {
  yield CONTACT_CSV_START;
  let lines = '';
  let count = 0;
  for await (const contact of contacts) {
    lines += contactCsvLine(contact);
    if (++count % 200 === 0) {
      yield lines;
      lines = '';
    }
  }
  if (lines !== '') yield lines;
}
