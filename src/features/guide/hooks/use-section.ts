import { useLiveQuery } from 'dexie-react-hooks';
import { getSection } from '../data/get-section';

/** undefined while loading, null when there is no such section. */
export function useSection(id: string) {
  return useLiveQuery(async () => (await getSection(id)) ?? null, [id]);
}
