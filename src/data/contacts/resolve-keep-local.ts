import { resolveKeepLocal as storeKeep, type ContactRow } from './contact-store';

/** Conflict: the device's version wins, as a new revision the next sync sends ([S44]). */
export async function resolveKeepLocal(id: string): Promise<ContactRow> {
  const row = await storeKeep(id);
  return row;
}
