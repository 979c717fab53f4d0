import { describe, expect, it } from 'vitest';
import { checkEntry, valuesOf } from './entry-values';

const ID = '0b5f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';

describe('entry form values ([S71])', () => {
  it('leaves empty optional fields out and trims the rest', () => {
    const values = { ...valuesOf(undefined, 'cej'), name: '  Mission locale de Lille ', phone: '03 20 00 00 00' };
    expect(checkEntry(ID, values)).toEqual({
      ok: true,
      entry: { id: ID, schemeId: 'cej', name: 'Mission locale de Lille', phone: '03 20 00 00 00' },
    });
  });

  it('gives each field its problem as a translation key', () => {
    const values = {
      ...valuesOf(undefined, ''),
      phone: '12',
      email: 'nobody@',
      mapUrl: 'http://example.org',
      notes: 'x'.repeat(2001),
    };
    const result = checkEntry(ID, values);
    expect(result).toEqual({
      ok: false,
      problems: {
        schemeId: { key: 'errors.scheme' },
        name: { key: 'errors.required' },
        phone: { key: 'errors.phone' },
        email: { key: 'errors.email' },
        mapUrl: { key: 'errors.mapUrl' },
        notes: { key: 'errors.tooLong', max: 2000 },
      },
    });
  });
});
