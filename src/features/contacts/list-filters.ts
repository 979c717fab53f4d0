/**
 * The list's filters as kept in the URL (?period=&from=&to=&kind=&sync=) and the storage query they give.
 *
 * Periods compare the wall-clock part of `occurredAt` ("2025-03-14T21:05…"), which is what the user typed
 * on the device: "the contacts of 14 March" are those the mediator recorded on 14 March, wherever the offset.
 */
import type { ContactQuery, ContactSyncState } from '../../data/contacts/contact-store';
import { CONTACT_KINDS, type ContactKind } from '../../shared/protocol/protocol';
import { toLocalInput } from '../../data/contacts/form-values';

export const PERIODS = ['all', '7d', '30d', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

export const SYNC_VALUES: readonly ContactSyncState[] = ['pending', 'synced', 'rejected', 'conflict'];

export interface ListFilters {
  period: Period;
  /** Custom period bounds, `date` values (inclusive). */
  from: string;
  to: string;
  kind?: ContactKind;
  sync?: ContactSyncState;
}

export interface RawFilters {
  period: string;
  from: string;
  to: string;
  kind: string;
  sync: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined =>
  (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** Unknown values are ignored (all contacts) rather than matching nothing. */
export function parseFilters(raw: RawFilters): ListFilters {
  return {
    period: oneOf(PERIODS, raw.period) ?? 'all',
    from: DATE.test(raw.from) ? raw.from : '',
    to: DATE.test(raw.to) ? raw.to : '',
    kind: oneOf(CONTACT_KINDS, raw.kind),
    sync: oneOf(SYNC_VALUES, raw.sync),
  };
}

export function isFiltered(filters: ListFilters): boolean {
  return filters.period !== 'all' || Boolean(filters.kind || filters.sync);
}

/** A custom period that ends before it starts: the list says so instead of showing nothing. */
export function isRangeReversed(filters: ListFilters): boolean {
  return filters.period === 'custom' && Boolean(filters.from && filters.to) && filters.from > filters.to;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function toContactQuery(filters: ListFilters, now: Date): Omit<ContactQuery, 'offset' | 'limit'> {
  const query: Omit<ContactQuery, 'offset' | 'limit'> = {};
  if (filters.kind) query.kind = filters.kind;
  if (filters.sync) query.syncState = filters.sync;
  if (filters.period === '7d' || filters.period === '30d') {
    const days = filters.period === '7d' ? 7 : 30;
    query.from = toLocalInput(new Date(now.getTime() - days * DAY_MS));
  } else if (filters.period === 'custom' && !isRangeReversed(filters)) {
    if (filters.from) query.from = filters.from;
    // Every moment of the last day: "2025-03-31T…" sorts below "2025-03-31U".
    if (filters.to) query.to = `${filters.to}U`;
  }
  return query;
}
