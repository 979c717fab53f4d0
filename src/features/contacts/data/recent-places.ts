import { recentPlaces as storePlaces } from '../../../db/contact-store';

/** The places of the latest contacts, for the place field's suggestions. */
export function recentPlaces(): Promise<string[]> {
  return storePlaces(8);
}
