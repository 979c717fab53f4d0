import { describe, expect, it } from 'vitest';
import {
  buildContactBody,
  emptyValues,
  localInputToIso,
  toLocalInput,
  valuesFromBody,
  valuesFromDraft,
} from './form-values';

const NOW = new Date(2026, 2, 14, 21, 5, 42);

describe('contact form values', () => {
  it('starts at now, to the minute, with nothing else filled in', () => {
    const values = emptyValues(NOW);
    expect(values.occurredAt).toBe('2026-03-14T21:05');
    expect(values).toMatchObject({ place: '', kind: '', people: '', topics: [], note: '' });
  });

  it('writes the moment as ISO with the device offset, keeping the wall-clock time typed', () => {
    const iso = localInputToIso('2026-03-14T21:05') ?? '';
    expect(iso).toMatch(/^2026-03-14T21:05:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso).getTime()).toBe(new Date(2026, 2, 14, 21, 5).getTime());
    expect(localInputToIso('2026-02-31T10:00')).toBeUndefined();
    expect(localInputToIso('yesterday')).toBeUndefined();
  });

  it('needs only the date: an empty form gives a valid body', () => {
    const result = buildContactBody(emptyValues(NOW));
    expect(result).toEqual({
      ok: true,
      body: {
        schemaVersion: 1,
        occurredAt: localInputToIso('2026-03-14T21:05'),
        ageBands: [],
        topics: [],
        signals: [],
        schemes: [],
      },
    });
  });

  it('trims text and leaves empty fields out', () => {
    const result = buildContactBody({
      ...emptyValues(NOW),
      place: '  Hall B ',
      kind: 'street',
      people: '3',
      ageBands: ['13-15'],
      followUpDate: '2026-03-21',
      note: ' calme \n',
    });
    expect(result.ok && result.body).toMatchObject({ place: 'Hall B', kind: 'street', people: 3, note: 'calme' });
  });

  it.each([
    [{ occurredAt: '' }, { occurredAt: 'required' }],
    [{ occurredAt: '2026-02-31T10:00' }, { occurredAt: 'invalid' }],
    [{ people: '0' }, { people: 'range' }],
    [{ people: '2.5' }, { people: 'range' }],
    [{ people: 'a few' }, { people: 'range' }],
    [{ people: '501' }, { people: 'range' }],
    [{ place: 'x'.repeat(201) }, { place: 'tooLong' }],
    [{ note: 'x'.repeat(5001) }, { note: 'tooLong' }],
    [{ followUpDate: '2026-13-01' }, { followUpDate: 'invalid' }],
    [
      { place: 'x'.repeat(201), note: 'y'.repeat(5001) },
      { place: 'tooLong', note: 'tooLong' },
    ],
  ])('%j → errors %j', (change, errors) => {
    expect(buildContactBody({ ...emptyValues(NOW), ...change })).toEqual({ ok: false, errors });
  });

  it('round-trips a body, keeping the exact stored moment and the referrals it does not show', () => {
    const base = {
      schemaVersion: 1 as const,
      occurredAt: '2026-03-14T20:05:30Z',
      place: 'Hall B',
      people: 2,
      ageBands: ['16-17' as const],
      topics: ['impunity'],
      signals: ['debt' as const],
      schemes: ['cej'],
      referrals: [
        {
          id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
          schemeId: 'cej',
          checklistId: 'referral-cej',
          startedAt: '2026-03-14T20:10:00.000Z',
          stepsDone: ['explain'],
          outcome: 'in-progress' as const,
          updatedAt: '2026-03-14T20:10:00.000Z',
        },
      ],
    };
    const values = valuesFromBody(base);
    expect(values.occurredAt).toBe(toLocalInput(new Date(base.occurredAt)));
    expect(buildContactBody(values, base)).toEqual({ ok: true, body: base });
    const moved = buildContactBody({ ...values, occurredAt: '2026-03-15T08:00' }, base);
    expect(moved.ok && moved.body.occurredAt).toBe(localInputToIso('2026-03-15T08:00'));
  });

  it('restores what a draft holds, field by field, whatever else is broken', () => {
    const fallback = emptyValues(NOW);
    expect(
      valuesFromDraft(
        { note: 'typed text', place: 42, kind: 'martian', ageBands: ['13-15', 'ancient'], topics: 'x', extra: 1 },
        fallback,
      ),
    ).toEqual({ ...fallback, note: 'typed text', ageBands: ['13-15'] });
  });
});
