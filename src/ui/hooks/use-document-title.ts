import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

type TitleSink = (title: string) => void;
let prerenderSink: TitleSink | undefined;

/** The build's prerender collects the title a page sets (effects do not run there); returns the stop. */
export function collectDocumentTitle(sink: TitleSink): () => void {
  prerenderSink = sink;
  return () => {
    prerenderSink = undefined;
  };
}

/** Sets document.title to "<page> · LIMITS Terrain" (screen readers announce it on navigation). */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  const full = title ? `${title} · ${appName}` : appName;
  prerenderSink?.(full);
  useEffect(() => {
    document.title = full;
  }, [full]);
}
