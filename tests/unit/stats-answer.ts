/**
 * A GET /api/v1/stats answer that validates against the shared schema (src/shared/protocol/stats.ts), with
 * suppressed cells (null) in every section, for the dashboard's data and component tests. The browser test
 * serves the same kind of answer.
 */
import { StatsResponseSchema, type StatsResponse } from '../../src/shared/protocol/stats';

export function statsAnswer(overrides: Partial<StatsResponse> = {}): StatsResponse {
  const answer: StatsResponse = {
    team: 'Équipe Nord',
    period: { from: '2026-11-01', to: '2026-11-30', group: 'month' },
    previousPeriod: { from: '2026-10-01', to: '2026-10-31' },
    filters: {},
    suppression: { threshold: 5, roundingBase: 5 },
    generatedAt: '2026-12-02T09:30:00.000Z',
    today: '2026-12-02',
    totals: { contacts: 45, people: 60, referrals: 10 },
    previousTotals: { contacts: 30, people: null, referrals: 0 },
    activity: [
      {
        start: '2026-11-01',
        contacts: 45,
        people: 60,
        byKind: [
          { id: 'street', contacts: 30 },
          { id: 'school', contacts: 15 },
          { id: 'family', contacts: null },
          { id: 'resident', contacts: 0 },
          { id: 'partner', contacts: 0 },
          { id: 'other', contacts: 0 },
          { id: 'unspecified', contacts: 0 },
        ],
      },
    ],
    kinds: [
      { id: 'street', contacts: 30 },
      { id: 'school', contacts: 15 },
      { id: 'family', contacts: null },
      { id: 'resident', contacts: 0 },
      { id: 'partner', contacts: 0 },
      { id: 'other', contacts: 0 },
      { id: 'unspecified', contacts: 0 },
    ],
    ageBands: [
      { id: 'under-13', contacts: null },
      { id: '13-15', contacts: 20 },
      { id: '16-17', contacts: 25 },
      { id: '18-25', contacts: 0 },
      { id: 'over-25', contacts: 0 },
    ],
    signals: [
      { id: 'school-dropout', contacts: 15 },
      { id: 'dealing-point', contacts: null },
    ],
    topics: [
      { id: 'minor-money', contacts: 10 },
      { id: 'family-taboo', contacts: null },
    ],
    schemesSuggested: [
      { id: 'cej', contacts: 10 },
      { id: 'tapaj', contacts: null },
    ],
    referrals: {
      byScheme: [
        {
          id: 'cej',
          started: 10,
          outcomes: [
            { id: 'accepted', referrals: 5 },
            { id: 'in-progress', referrals: null },
          ],
        },
      ],
      outcomes: [
        { id: 'in-progress', referrals: null },
        { id: 'accepted', referrals: 5 },
        { id: 'waiting', referrals: 0 },
        { id: 'refused', referrals: 0 },
        { id: 'not-pursued', referrals: 0 },
      ],
      daysToOutcome: { closed: 5, median: 12 },
    },
    followUps: { due: null, overdue: 5 },
    workers: [
      { label: 'Phone of Sam', contacts: 25 },
      { label: 'Tablet of Lou', contacts: 20 },
    ],
    ...overrides,
  };
  return StatsResponseSchema.parse(answer);
}
