/** Issue #11: preferences reach <html>, and applying what is already there writes nothing (no restyle). */
import { afterEach, describe, expect, it } from 'vitest';
import { applyPreferencesToDocument } from './apply-preferences';

const html = document.documentElement;
const base = { language: 'fr', theme: 'system', textSize: 100, glosses: null } as const;

afterEach(() => {
  html.removeAttribute('style');
  for (const name of ['data-theme', 'data-text-size', 'data-glosses']) html.removeAttribute(name);
});

/** The mutations of <html>'s attributes that `apply` makes. */
function mutationsOf(apply: () => void): string[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(html, { attributes: true });
  apply();
  const names = observer.takeRecords().map((record) => record.attributeName ?? '');
  observer.disconnect();
  return names;
}

describe('applyPreferencesToDocument', () => {
  it.each([
    ['defaults: nothing but the language', base, { lang: 'fr', style: null, theme: null, size: null, glosses: null }],
    [
      'dark, 200 %, glosses off',
      { ...base, language: 'en', theme: 'dark', textSize: 200, glosses: false },
      { lang: 'en', style: 'font-size: 200%;', theme: 'dark', size: '200', glosses: 'off' },
    ],
    [
      'light, 150 %, glosses on',
      { ...base, theme: 'light', textSize: 150, glosses: true },
      { lang: 'fr', style: 'font-size: 150%;', theme: 'light', size: '150', glosses: 'on' },
    ],
  ] as const)('%s', (_label, prefs, expected) => {
    applyPreferencesToDocument(prefs);
    expect({
      lang: html.lang,
      style: html.getAttribute('style'),
      theme: html.getAttribute('data-theme'),
      size: html.getAttribute('data-text-size'),
      glosses: html.getAttribute('data-glosses'),
    }).toEqual(expected);
  });

  it('goes back to the defaults without leaving an attribute behind', () => {
    applyPreferencesToDocument({ ...base, theme: 'dark', textSize: 200, glosses: true });
    applyPreferencesToDocument(base);
    expect(html.getAttribute('style') ?? '').toBe('');
    expect(['data-theme', 'data-text-size', 'data-glosses'].map((name) => html.hasAttribute(name))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it.each([base, { ...base, language: 'en', theme: 'dark', textSize: 200, glosses: false }] as const)(
    'writes nothing when <html> already shows the preferences (%o)',
    (prefs) => {
      applyPreferencesToDocument(prefs);
      expect(mutationsOf(() => applyPreferencesToDocument(prefs))).toEqual([]);
    },
  );

  it('on a first visit (a page with no preference attributes) writes nothing for the defaults', () => {
    html.lang = 'fr';
    expect(mutationsOf(() => applyPreferencesToDocument(base))).toEqual([]);
  });
});
