/**
 * English glosses are an option shown by CSS keyed on <html> (src/styles/glosses.css): the language decides
 * until the reader chooses; the inline preferences script sets the choice before the first paint (a
 * prerendered page never flashes them) and the app keeps it in step.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPreferencesToDocument } from './apply-preferences';
import { PREFERENCES_SCRIPT, PREFERENCES_STORAGE_KEY } from '../shared/preferences-script';

const html = document.documentElement;
const css = readFileSync(resolve(process.cwd(), 'src/styles/glosses.css'), 'utf8');

function glossShown(): boolean {
  const gloss = document.createElement('p');
  gloss.className = 'gloss';
  gloss.lang = 'en';
  document.body.append(gloss);
  const shown = getComputedStyle(gloss).display !== 'none';
  gloss.remove();
  return shown;
}

function runScript(state: object | null) {
  if (state) localStorage.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify({ state, version: 1 }));
  // The very text the page inlines (and the CSP allows by its hash).
  new Function(PREFERENCES_SCRIPT)();
}

beforeEach(() => {
  const style = document.createElement('style');
  style.id = 'glosses-css';
  style.textContent = css;
  document.head.append(style);
});
afterEach(() => {
  document.getElementById('glosses-css')?.remove();
  localStorage.clear();
  delete html.dataset.glosses;
  html.lang = 'en';
});

describe('English glosses', () => {
  it('are hidden on a French page and shown on an English one when the reader has not chosen', () => {
    html.lang = 'fr';
    runScript({ language: 'fr', theme: 'system', textSize: 100, glosses: null });
    expect(html.dataset.glosses).toBeUndefined();
    expect(glossShown()).toBe(false);
    html.lang = 'en';
    expect(glossShown()).toBe(true);
  });

  it("follow the reader's choice from the inline script, before the app runs", () => {
    html.lang = 'fr';
    runScript({ language: 'fr', theme: 'system', textSize: 100, glosses: true });
    expect(html.dataset.glosses).toBe('on');
    expect(glossShown()).toBe(true);

    html.lang = 'en';
    runScript({ language: 'en', theme: 'system', textSize: 100, glosses: false });
    expect(html.dataset.glosses).toBe('off');
    expect(glossShown()).toBe(false);
  });

  it('are kept in step by the app when the choice changes', () => {
    applyPreferencesToDocument({ language: 'fr', theme: 'system', textSize: 100, glosses: true });
    expect(html.lang).toBe('fr');
    expect(glossShown()).toBe(true);
    applyPreferencesToDocument({ language: 'fr', theme: 'system', textSize: 100, glosses: null });
    expect(html.dataset.glosses).toBeUndefined();
    expect(glossShown()).toBe(false);
  });
});
