import { useLiveQuery } from 'dexie-react-hooks';
import { useInterfaceLanguage } from '../../../lib/content-language';
import { listDirectory } from '../data/list-directory';
import { listSchemeLabels } from '../data/list-scheme-labels';

/** The whole directory and the pack's schemes, live. undefined while loading. */
export function useDirectory() {
  const lang = useInterfaceLanguage();
  return useLiveQuery(async () => {
    const [entries, schemes] = await Promise.all([listDirectory(), listSchemeLabels(lang)]);
    return { entries, schemes };
  }, [lang]);
}
