import { useLiveQuery } from 'dexie-react-hooks';
import { getContact } from './contact-store';

/** A contact as stored; undefined while loading, null when this device has none with that id. */
export function useContact(id: string) {
  return useLiveQuery(async () => (await getContact(id)) ?? null, [id]);
}
