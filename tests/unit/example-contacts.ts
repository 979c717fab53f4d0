/**
 * Example contacts on the wire, for the tests of what is built from contacts: the CSV format
 * (src/shared/contacts/contacts-csv.test.ts) and the device's JSON export (src/features/contacts/export-contacts.test.ts).
 * `full` fills every field with what a CSV must escape (quotes, commas, a line break, accents); `minimal` only
 * the required ones.
 */
import type { Contact, ContactBody } from '../../src/shared/protocol/protocol';

/** Not deleted: its body is there (tests spread and change it). */
export type LiveContact = Extract<Contact, { deleted: false }>;

export const full: LiveContact = {
  id: '2b0f3c7e-8a4d-4f5e-9c1a-0d2e3f4a5b6c',
  revision: 3,
  updatedAt: '2026-01-02T08:00:00.000Z',
  deleted: false,
  body: {
    schemaVersion: 1,
    occurredAt: '2026-01-01T21:05:00+01:00',
    place: 'Hall B, "les tours"',
    kind: 'street',
    people: 3,
    ageBands: ['13-15', '16-17'],
    topics: ['self-confidence', 'impunity'],
    signals: ['school-dropout'],
    schemes: ['cej'],
    followUpDate: '2026-01-08',
    note: 'Première ligne,\nseconde ligne',
    referrals: [
      {
        id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        schemeId: 'cej',
        checklistId: 'referral-cej',
        startedAt: '2026-01-01T20:10:00.000Z',
        stepsDone: ['explain', 'consent'],
        outcome: 'waiting',
        followUpDate: '2026-01-15',
        updatedAt: '2026-01-02T08:00:00.000Z',
      },
    ],
  },
};

export const minimal: LiveContact = {
  id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  revision: 1,
  updatedAt: '2026-01-03T08:00:00.000Z',
  deleted: false,
  body: {
    schemaVersion: 1,
    occurredAt: '2026-01-03T09:00:00+01:00',
    ageBands: [],
    topics: [],
    signals: [],
    schemes: [],
  },
};

/** A contact body with only the required fields, and what a test sets on top. */
export const contactBody = (overrides: Partial<ContactBody> = {}): ContactBody => ({
  schemaVersion: 1,
  occurredAt: '2026-03-14T21:05:00+01:00',
  ageBands: [],
  topics: [],
  signals: [],
  schemes: [],
  ...overrides,
});
