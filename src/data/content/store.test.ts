import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import urls from 'virtual:content-pack/urls';
import { testContentPack } from '../../../tests/unit/test-content';
import {
  ContentLoadError,
  contentUsedLanguages,
  forgetContentForTests,
  loadContent,
  markContentUsed,
  peekContent,
  provideContent,
  resetContentUsage,
} from './store';

const en = testContentPack('en');
const fetchMock = vi.fn<typeof fetch>();

const answer = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

beforeEach(() => {
  forgetContentForTests();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('content store', () => {
  it('serves each language from its hashed pack URL', () => {
    expect(urls.en).toMatch(/^\/assets\/content-en-[0-9a-f]{8}\.json$/);
    expect(urls.fr).toMatch(/^\/assets\/content-fr-[0-9a-f]{8}\.json$/);
  });

  it('fetches a pack once, shares the request between concurrent calls and keeps the index', async () => {
    fetchMock.mockResolvedValue(answer(en));
    expect(peekContent('en')).toBeUndefined();
    const [a, b] = await Promise.all([loadContent('en'), loadContent('en')]);
    expect(a).toBe(b);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(urls.en);
    expect(peekContent('en')).toBe(a);
    expect(await loadContent('en')).toBe(a);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(a.sections.length).toBe(en.guide.sections.length);
  });

  it.each([
    ['the network fails', () => Promise.reject(new TypeError('Failed to fetch')), /Failed to fetch/],
    ['the server answers 404', () => Promise.resolve(answer('missing', 404)), /HTTP 404/],
    ['the answer is not JSON', () => Promise.resolve(answer('<!doctype html>')), /not JSON/],
    ['the answer is another language', () => Promise.resolve(answer({ ...en, lang: 'fr' })), /not the en content pack/],
  ])('rejects when %s, keeps nothing, and the next call tries again', async (_, first, message) => {
    fetchMock.mockImplementationOnce(first).mockResolvedValueOnce(answer(en));
    const failed = loadContent('en');
    await expect(failed).rejects.toBeInstanceOf(ContentLoadError);
    await expect(failed).rejects.toThrow(message);
    expect(peekContent('en')).toBeUndefined();
    const index = await loadContent('en');
    expect(index.lang).toBe('en');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('provideContent makes a language available synchronously, without fetching', async () => {
    provideContent('fr', testContentPack('fr'));
    expect(peekContent('fr')?.lang).toBe('fr');
    expect((await loadContent('fr')).lang).toBe('fr');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(() => provideContent('en', testContentPack('fr'))).toThrow(/fr pack/);
  });

  it('records which languages were read until reset', () => {
    expect(contentUsedLanguages()).toEqual([]);
    markContentUsed('fr');
    markContentUsed('en');
    markContentUsed('fr');
    expect(contentUsedLanguages()).toEqual(['en', 'fr']);
    resetContentUsage();
    expect(contentUsedLanguages()).toEqual([]);
  });
});
