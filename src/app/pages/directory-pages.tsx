import { DirectoryView } from '../../features/directory';

/** /directory: the team's local directory, by scheme, with import, export and publication. */
export function DirectoryRoute() {
  return <DirectoryView />;
}
