import { allContacts, toWire } from './contact-store';
import type { Contact } from '../../shared/protocol/protocol';

/** Every live contact on the device in wire form, oldest first, for the exports. */
export async function listExportContacts(): Promise<Contact[]> {
  return (await allContacts()).map(toWire);
}
