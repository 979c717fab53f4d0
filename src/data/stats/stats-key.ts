/**
 * One string per statistics query: the key of its stored report (src/platform/db, `statsReports`) and of the
 * request's URL query. Fields in a fixed order, empty ones left out, so two equal queries give the same key.
 */
import type { StatsQuery } from '../../shared/protocol/stats';

const FIELDS = ['from', 'to', 'group', 'kind', 'scheme'] as const;

export function statsSearchParams(query: StatsQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = query[field];
    if (value) params.set(field, value);
  }
  return params;
}

export const statsKey = (query: StatsQuery): string => statsSearchParams(query).toString();
