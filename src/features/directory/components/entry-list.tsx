import type { DirectoryEntryRow } from '../../../platform/db/rows';
import { EntryItem } from './entry-item';

interface Props {
  entries: readonly DirectoryEntryRow[];
  headingLevel?: 3 | 4;
  readOnly?: boolean;
  /** The device joined its team as coordinator: team entries can be edited too, device entries are flagged. */
  coordinator?: boolean;
}

/**
 * Structures as a list; the device's own entries get edit and remove, and a coordinator's device also edits the
 * team's (unless `readOnly`). The table is keyed by id, so an edited team entry is one row: it never shows twice.
 */
export function EntryList({ entries, headingLevel, readOnly, coordinator }: Props) {
  return (
    <ul className="card-list directory-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <EntryItem entry={entry} headingLevel={headingLevel} readOnly={readOnly} coordinator={coordinator} />
        </li>
      ))}
    </ul>
  );
}
