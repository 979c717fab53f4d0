/** What the device's export adds to the contacts CSV (one home: src/shared/contacts/contacts-csv.test.ts): the JSON file and the file names. */
import { describe, expect, it } from 'vitest';
import { ContactSchema } from '../../shared/protocol/protocol';
import { full, minimal } from '../../../tests/unit/example-contacts';
import { buildContactsJson, exportFileName } from './export-contacts';

describe('JSON export', () => {
  it('is an envelope with the date, the app and the contacts in wire form', () => {
    const text = buildContactsJson([full, minimal], new Date('2026-01-04T10:00:00Z'), '1.2.3');
    const parsed = JSON.parse(text) as { exportedAt: string; app: unknown; contacts: unknown[] };
    expect(parsed.exportedAt).toBe('2026-01-04T10:00:00.000Z');
    expect(parsed.app).toEqual({ name: 'LIMITS Terrain', version: '1.2.3' });
    expect(parsed.contacts).toEqual([full, minimal]);
    for (const contact of parsed.contacts) expect(ContactSchema.safeParse(contact).success).toBe(true);
  });
});

describe('file names', () => {
  it('dates the file in device time', () => {
    expect(exportFileName('csv', new Date(2026, 0, 4, 23, 59))).toBe('limits-contacts-2026-01-04.csv');
    expect(exportFileName('json', new Date(2026, 11, 31))).toBe('limits-contacts-2026-12-31.json');
  });
});
