import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useContent } from '../../../data/content';
import { useInterfaceLanguage } from '../../../lib/content-language';
import { listDirectory } from '../data/list-directory';
import { schemeLabels } from '../scheme-labels';

/** The whole directory (live) and the pack's schemes. undefined while the device's entries are read. */
export function useDirectory() {
  const content = useContent(useInterfaceLanguage());
  const schemes = useMemo(() => schemeLabels(content), [content]);
  const entries = useLiveQuery(listDirectory, []);
  return useMemo(() => entries && { entries, schemes }, [entries, schemes]);
}
