/** [S76][S77] Property tests: whatever valid directory is exported, importing the file gives it back identically. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDirectoryCsv, importDirectoryCsv } from './directory-csv';
import { exportDirectoryJson, importDirectoryJson } from './directory-json';
import { DirectoryEntrySchema, type DirectoryEntry } from './schema';

/** Pieces that stress quoting, separators, formula protection, accents and line breaks. */
const PIECES = ['a', 'Z', 'é', 'ç', '0', '9', ' ', ';', ',', '"', "'", '=', '+', '-', '@', '«', '»', '😀', '\t'];
const BREAKS = ['\n', '\r\n', '\r'];

function text(max: number, multiLine: boolean): fc.Arbitrary<string> {
  const pieces = multiLine ? [...PIECES, ...BREAKS] : PIECES.filter((piece) => piece !== '\t');
  return fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 })
    .map((parts) => parts.join('').trim().slice(0, max))
    .filter((value) => value !== '' && value === value.trim());
}

const entryArb: fc.Arbitrary<DirectoryEntry> = fc
  .record(
    {
      id: fc.uuid({ version: 4 }),
      schemeId: fc.constantFrom('mission-locale', 'cej', 'e2c', 'tapaj'),
      name: text(200, false),
      address: text(300, true),
      phone: fc.constantFrom('01 23 45 67 89', '+33 1 23 45 67 89', '0033 6 12 34 56 78', '115', '+32 2 555 01 01'),
      email: fc.constantFrom('accueil@ml-nord.fr', 'o.brien+x@example.org', 'info@mairie-évry.fr'),
      openingHours: text(500, true),
      notes: text(2000, true),
      mapUrl: fc.constantFrom('https://www.openstreetmap.org/?mlat=48.85&mlon=2.35', 'geo:48.85,2.35'),
    },
    { requiredKeys: ['id', 'schemeId', 'name'] },
  )
  // Only entries the schema keeps as they are: the round trip is about the formats, not normalisation.
  .filter((entry) => {
    const parsed = DirectoryEntrySchema.safeParse(entry);
    return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(entry);
  });

const entriesArb = fc.uniqueArray(entryArb, { selector: (entry) => entry.id, maxLength: 12 });

describe('export → import round trip', () => {
  it('[S76] CSV, with ; and with ,', () => {
    fc.assert(
      fc.property(entriesArb, fc.constantFrom(';' as const, ',' as const), (entries, separator) => {
        const csv = exportDirectoryCsv(entries, { separator });
        expect(importDirectoryCsv(csv)).toEqual({ ok: true, entries });
        expect(importDirectoryCsv(new TextEncoder().encode(csv))).toEqual({ ok: true, entries });
      }),
      { numRuns: 300 },
    );
  });

  it('[S77] JSON', () => {
    fc.assert(
      fc.property(entriesArb, fc.nat(), (entries, version) => {
        const json = exportDirectoryJson({ version, updatedAt: '2026-01-01T00:00:00.000Z', entries });
        expect(importDirectoryJson(json)).toEqual({ ok: true, entries });
      }),
      { numRuns: 300 },
    );
  });
});
