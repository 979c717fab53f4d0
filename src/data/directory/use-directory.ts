import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { schemeLabels, useContent } from '../content';
import { useInterfaceLanguage } from '../../platform/i18n/content-language';
import { listDirectory } from './list-directory';

/** The whole directory (live) and the pack's schemes. undefined while the device's entries are read. */
export function useDirectory() {
  const content = useContent(useInterfaceLanguage());
  const schemes = useMemo(() => schemeLabels(content), [content]);
  const entries = useLiveQuery(listDirectory, []);
  return useMemo(() => entries && { entries, schemes }, [entries, schemes]);
}
