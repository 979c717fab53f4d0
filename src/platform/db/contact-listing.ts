/**
 * `listedAt`, the index behind the contact list (schema v8): a row's occurredAt when it is live, absent on a
 * tombstone. IndexedDB cannot index a boolean, so "live contacts of a period" had no index of its own: the list
 * read the occurredAt range and dropped tombstones in JavaScript, and its count walked every row with a cursor.
 * With 10 000 contacts that walk took over a second in Chromium here, and ran again after every save (the count
 * is a live query), delaying the taps that followed (`npm run bench:contacts`). Over this sparse index the count
 * is IndexedDB's own `count()` and a page is a plain range read.
 *
 * The field is derived by a middleware on every write to the contacts table, below the code that builds rows:
 * no writer (save, delete, sync results, sealing, the vault's migration) has to remember it.
 *
 * Since schema v9 the key is occurredAt, a space, then the row's createdAt: contacts of the same minute (a
 * mediator records a group met at 20:00 one after the other) are listed newest recorded first, instead of in the
 * order of their random ids. The period bounds still work on the prefix: "2025-03-31T21:05:00+01:00 …" lies
 * between "2025-03-01" and "2025-03-31U" (src/features/contacts/list-filters.ts).
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { TABLES } from './tables';

/** What the derivation reads and writes: the clear columns of a stored contact row. */
interface Listable {
  deleted: boolean;
  occurredAt: string;
  /** When the row was first saved on this device; every row the app writes has it. */
  createdAt?: string;
  listedAt?: string;
}

/** The list's key of a live row: its occurredAt, then (a tie between contacts of the same minute) its createdAt. */
export function listingKey(row: Pick<Listable, 'occurredAt' | 'createdAt'>): string {
  return typeof row.createdAt === 'string' ? `${row.occurredAt} ${row.createdAt}` : row.occurredAt;
}

/** The row with `listedAt` as its other fields say; the same object when it already is. */
export function withListedAt<T extends Listable>(row: T): T {
  if (!row.deleted) {
    const listedAt = listingKey(row);
    return row.listedAt === listedAt ? row : { ...row, listedAt };
  }
  if (!('listedAt' in row)) return row;
  const { listedAt: _dropped, ...rest } = row;
  return rest as T;
}

function isListable(value: unknown): value is Listable {
  if (value === null || typeof value !== 'object') return false;
  const row = value as Partial<Listable>;
  return typeof row.deleted === 'boolean' && typeof row.occurredAt === 'string';
}

/** Sets `listedAt` on every row put into or added to the contacts table. */
export const contactListingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ContactListing',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== TABLES.contacts) return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
            const values = request.values.map((value: unknown) => (isListable(value) ? withListedAt(value) : value));
            return table.mutate({ ...request, values });
          },
        };
      },
    };
  },
};
