/**
 * The directory's one setting: which version of the team directory the device holds, with its ETag for the
 * next poll ([S78]). The entries themselves are in the `directoryEntries` table.
 */
import { defineSetting, SETTING_KEYS } from '../../platform/db/settings';
import { z } from '../../shared/zod';

const DirectoryMetaSchema = z.object({
  version: z.int().min(0),
  etag: z.string().optional(),
  updatedAt: z.string().nullable(),
  fetchedAt: z.string(),
});
export type DirectoryMeta = z.infer<typeof DirectoryMetaSchema>;

/** Written with the team's entries, in their transaction (src/data/directory/directory-sync.ts). */
export const directoryMeta = defineSetting(SETTING_KEYS.directory, DirectoryMetaSchema);

export function getDirectoryMeta(): Promise<DirectoryMeta | undefined> {
  return directoryMeta.get();
}
