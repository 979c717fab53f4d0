import { allContacts, toWire } from '../../../db/contact-store';
import type { Contact } from '../../../sync/protocol';

/** Every live contact on the device in wire form, oldest first, for the exports. */
export async function listExportContacts(): Promise<Contact[]> {
  return (await allContacts()).map(toWire);
}
