/**
 * French first, one typographic style: every French interface string uses the typographic apostrophe (’) and
 * French quotes (« »), never the straight ' or " nor English “ ”, and a no-break space before : ; ! ? » and after «. Interpolations ({{name}}) and HTML tags are
 * code, not text: they are left out of the check.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../src/platform/i18n/i18n';
import { frenchSpacingProblem } from './french-spacing';

/** Every string of a namespace with its key path. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
}

/** The text a reader sees: without interpolations and HTML tags. */
const visibleText = (value: string): string => value.replace(/\{\{[^}]*\}\}/g, '').replace(/<[^>]*>/g, '');

/** What is wrong with a French string's apostrophes and quotes, or null. */
function frenchTypographyProblem(value: string): string | null {
  const text = visibleText(value);
  if (text.includes("'")) return 'straight apostrophe (use ’)';
  if (text.includes('"')) return 'straight quote (use « »)';
  if (/[“”]/.test(text)) return 'English quotes (use « »)';
  return frenchSpacingProblem(text);
}

describe('French typography', () => {
  it('tells a straight apostrophe from code', () => {
    expect(frenchTypographyProblem("l'équipe")).toBe('straight apostrophe (use ’)');
    expect(frenchTypographyProblem('l’équipe')).toBeNull();
    expect(frenchTypographyProblem('«\u202fLimits\u202f»')).toBeNull();
    expect(frenchTypographyProblem('“Limits”')).toBe('English quotes (use « »)');
    expect(frenchTypographyProblem('le <a href="x">lien</a> de {{name}}')).toBeNull();
    expect(frenchTypographyProblem('Installer l’application ?')).toBe(
      'plain space before : ; ! ? or » (use a no-break space)',
    );
    expect(frenchTypographyProblem('trafics\u00a0: le guide\u202f; «\u202fchouf\u202f»\u202f!')).toBeNull();
    expect(frenchTypographyProblem('« chouf\u202f»')).toBe('plain space after « (use a no-break space)');
  });

  it.each([...NAMESPACES])('locales/fr/%s.json: ’ and « » only, no-break spaces before : ; ! ? »', (ns) => {
    const json: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'locales', 'fr', `${ns}.json`), 'utf8'));
    const problems = strings(json, '')
      .map(([path, value]) => [path, frenchTypographyProblem(value), value] as const)
      .filter(([, problem]) => problem !== null);
    expect(problems).toEqual([]);
  });

  it('the French guide pages carry no "English edition" notice: the About page says it once', () => {
    const guide = readFileSync(resolve(process.cwd(), 'locales', 'fr', 'guide.json'), 'utf8');
    expect(guide).not.toMatch(/édition anglaise/);
    const settings = readFileSync(resolve(process.cwd(), 'locales', 'fr', 'settings.json'), 'utf8');
    expect(settings).toMatch(/notre traduction de cette édition anglaise/);
  });
});
