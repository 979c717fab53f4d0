import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useRouteError } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../tests/unit/render-app';
import { testContentPack } from '../../../tests/unit/test-content';
import { contentUsedLanguages, forgetContentForTests, provideContent } from './store';
import { useContent } from './use-content';

const fetchMock = vi.fn<typeof fetch>();
const renders: string[] = [];

function Title() {
  const content = useContent();
  renders.push(content.lang);
  return <h1>{content.guideTitle}</h1>;
}

function Failure() {
  const error = useRouteError();
  return <p role="alert">{error instanceof Error ? `${error.name}: ${error.message}` : 'not an error'}</p>;
}

async function show(url: string, language: 'en' | 'fr' = 'en') {
  const i18n = await testI18n(language);
  const router = createMemoryRouter(
    [
      {
        path: '/',
        errorElement: <Failure />,
        element: (
          <Suspense fallback={<p>loading</p>}>
            <Title />
          </Suspense>
        ),
      },
    ],
    { initialEntries: [url] },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

beforeEach(() => {
  forgetContentForTests();
  renders.length = 0;
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useContent', () => {
  it('renders provided content on the first render, in the page language, and records the language', async () => {
    provideContent('fr', testContentPack('fr'));
    await show('/?lang=fr');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(testContentPack('fr').guide.title);
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
    expect(renders).toEqual(['fr']);
    expect(contentUsedLanguages()).toEqual(['fr']);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('suspends until the pack is loaded, then renders it', async () => {
    let deliver: (response: Response) => void = () => undefined;
    fetchMock.mockReturnValue(new Promise((resolve) => (deliver = resolve)));
    await show('/');
    expect(screen.getByText('loading')).toBeInTheDocument();
    deliver(new Response(JSON.stringify(testContentPack('en'))));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(testContentPack('en').guide.title);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("throws a failed load to the route's error element", async () => {
    fetchMock.mockResolvedValue(new Response('gone', { status: 404 }));
    await show('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(/ContentLoadError: Content \(en\).*HTTP 404/);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });
});
