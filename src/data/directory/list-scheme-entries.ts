import { getDb } from '../../platform/db/db';
import type { DirectoryEntryRow } from '../../platform/db/rows';

/** The local structures of one scheme, by name: the scheme page's list and the referral summary's slot. */
export async function listSchemeEntries(schemeId: string): Promise<DirectoryEntryRow[]> {
  const rows = await getDb().directoryEntries.where('schemeId').equals(schemeId).toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** What the shared summary says of a local structure: how to reach it, nothing else (no notes, no source). */
export type LocalStructure = Pick<DirectoryEntryRow, 'name' | 'address' | 'phone' | 'email' | 'openingHours'>;

/** The same rows and order as the scheme's directory list, cut down to what the summary may share. */
export async function listLocalStructures(schemeId: string): Promise<LocalStructure[]> {
  return (await listSchemeEntries(schemeId)).map(({ name, address, phone, email, openingHours }) => ({
    name,
    address,
    phone,
    email,
    openingHours,
  }));
}
